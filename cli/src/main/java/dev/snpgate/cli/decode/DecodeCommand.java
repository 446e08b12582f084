package dev.snpgate.cli.decode;

import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code snpgate decode STATUS}: what each set bit of a SEV_STATUS value is. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    header = "Decode a SEV_STATUS value bit by bit.",
    versionProvider = SnpGateCommand.Version.class,
    description = "Print every set bit of a SEV_STATUS value: its number, SEV_FEATURES number, name, long name and tier.")
public final class DecodeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "STATUS",
      description = "The value: " + StatusInput.FORMS + "; with --features, a SEV_FEATURES value.")
  String status;

  @Option(names = "--features",
      description = "STATUS is in SEV_FEATURES (VMSA) numbering, as KVM and QEMU use: "
          + "SEV_FEATURES bit n is SEV_STATUS bit n+2.")
  boolean features;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    StatusInput input = features ? StatusInput.ofSevFeatures(status) : StatusInput.ofStatus(status);
    DecodedStatus decoded = new DecodedStatus(input);
    return output.print(ExitStatus.OK, decoded::json, decoded::text);
  }
}
