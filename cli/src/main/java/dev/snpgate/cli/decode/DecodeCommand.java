package dev.snpgate.cli.decode;

import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.manifest.ManifestReader;
import dev.snpgate.cli.manifest.ManifestRegistry;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import java.nio.file.Path;
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
    description = {
        "Print every set bit of a SEV_STATUS value: its number, SEV_FEATURES number, name, long name and tier.",
        "With --manifest, name the bits as that guest's catalog does, add what the guest has for each set bit (its "
            + "implementing class, no guest code needed, or guest code it lacks), and list each bit the guest requires "
            + "that the value leaves clear, with who requires it and why. This is a decode, not a decision: it exits 0 "
            + "on any valid input; for whether the guest boots and the GHCB request it sends, use check."})
public final class DecodeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "STATUS",
      description = "The value: " + StatusInput.FORMS + "; with --features, a SEV_FEATURES value.")
  String status;

  @Option(names = "--features",
      description = "STATUS is in SEV_FEATURES (VMSA) numbering, as KVM and QEMU use: "
          + "SEV_FEATURES bit n is SEV_STATUS bit n+2.")
  boolean features;

  @Option(names = "--manifest", paramLabel = "M",
      description = "A guest's META-INF/snpgate/features.json, or a jar holding it: decode for that guest.")
  Path manifest;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    StatusInput input = features ? StatusInput.ofSevFeatures(status) : StatusInput.ofStatus(status);
    if (manifest != null) {
      GuestDecode guest = new GuestDecode(input, new ManifestRegistry(ManifestReader.read(manifest)));
      return output.print(ExitStatus.OK, guest::json, guest::text);
    }
    DecodedStatus decoded = new DecodedStatus(input);
    return output.print(ExitStatus.OK, decoded::json, decoded::text);
  }
}
