package dev.snpgate.cli;

import dev.snpgate.cli.check.CheckCommand;
import dev.snpgate.cli.decode.DecodeCommand;
import dev.snpgate.cli.preflight.PreflightCommand;
import dev.snpgate.cli.read.ReadCommand;
import dev.snpgate.runtime.SnpGateVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code snpgate}: only dispatches to its commands; alone it prints the usage and exits 2. */
@Command(
    name = "snpgate",
    mixinStandardHelpOptions = true,
    header = "The snpgate operator's tool for SEV-SNP guests and hosts.",
    versionProvider = SnpGateCommand.Version.class,
    subcommands = {DecodeCommand.class, CheckCommand.class, PreflightCommand.class, ReadCommand.class},
    description = {
        "The snpgate operator's tool: what a SEV_STATUS value means, whether a guest boots on it, "
            + "which guests and Linux releases a host's SEV features refuse, and the live value on a guest.",
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:the guest boots (SEV-SNP inactive included), or the command succeeded",
        "2:bad input or usage",
        "3:a guest terminates, or refuses the host",
        "1:an internal error of snpgate (a bug)",
    })
public final class SnpGateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("snpgate: give a command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.BAD_INPUT;
  }

  /** The version every command prints with {@code --version}: the runtime's, the one snpgate. */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"snpgate " + SnpGateVersion.VERSION};
    }
  }
}
