package dev.snpgate.cli.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import dev.snpgate.runtime.KernelStatusLine;
import dev.snpgate.runtime.SevStatusFormatException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snpgate read}: the live SEV_STATUS on a Linux SNP guest, from the MSR, else from the
 * kernel's {@code SEV: Status:} line, decoded.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    header = "Read and decode the live SEV_STATUS on a Linux SEV guest.",
    versionProvider = SnpGateCommand.Version.class,
    description = {
        "On a Linux SEV guest, read SEV_STATUS (MSR 0xC0010131) through /dev/cpu/N/msr (needs root and the msr "
            + "module: modprobe msr) and decode it. When the MSR cannot be read, fall back to the kernel's "
            + "\"SEV: Status:\" line from dmesg or from --kernel-log; that line names only bits Linux has names for.",
        "Exits 0 with a reading, 2 without one, saying what is needed."})
public final class ReadCommand implements Callable<Integer> {

  @Option(names = "--cpu", paramLabel = "N", description = "The CPU whose MSR to read (default 0).")
  Integer cpu;

  @Option(names = "--msr-device", paramLabel = "PATH",
      description = "Read the MSR through PATH instead of /dev/cpu/N/msr (8 bytes at offset 0xC0010131).")
  Path msrDevice;

  @Option(names = "--kernel-log", paramLabel = "FILE",
      description = "Search FILE (- for standard input) for the kernel's line instead of dmesg's output.")
  String kernelLog;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Path device = device();
    Reading reading;
    try {
      reading = new Reading(StatusInput.ofMsr(MsrDevice.readSevStatus(device)), device, null, null);
    } catch (MsrUnreadableException msrProblem) {
      reading = fromLog(device, msrProblem.getMessage());
    }
    Reading result = reading;
    return output.print(ExitStatus.OK, result::json, result::text);
  }

  private Path device() {
    if (cpu != null && msrDevice != null) {
      throw new BadInputException("give --cpu or --msr-device, not both");
    }
    if (cpu != null && cpu < 0) {
      throw new BadInputException("--cpu " + cpu + ": a CPU number is 0 or more");
    }
    return msrDevice != null ? msrDevice : MsrDevice.of(cpu == null ? 0 : cpu);
  }

  private Reading fromLog(Path device, String msrProblem) {
    KernelLog.Found found;
    try {
      found = kernelLog != null ? KernelLog.fromFile(kernelLog, System.in) : KernelLog.fromDmesg();
    } catch (LogUnreadableException logProblem) {
      throw new BadInputException("no SEV_STATUS reading. MSR: " + msrProblem + ". Kernel log: "
          + logProblem.getMessage() + ". Needed: root and the msr module (modprobe msr) to read MSR 0xC0010131 on"
          + " a Linux SEV guest, or the kernel's \"" + KernelStatusLine.MARKER + "\" line in dmesg or in a log given"
          + " with --kernel-log");
    }
    try {
      StatusInput input = new StatusInput(found.line(), StatusInput.Form.KERNEL_LINE, KernelStatusLine.parse(found.line()));
      return new Reading(input, device, msrProblem, found);
    } catch (SevStatusFormatException e) {
      throw new BadInputException("line " + found.lineNumber() + " of " + found.source() + ": " + e.getMessage()
          + " (a name this snpgate does not know may be a bit a newer kernel names: read the MSR instead)");
    }
  }

  /** A reading and where it came from: the MSR, or the log after the MSR failed. */
  private record Reading(StatusInput input, Path device, String msrProblem, KernelLog.Found logLine) {

    void json(ObjectNode object) {
      ObjectNode source = object.putObject("source");
      if (logLine == null) {
        source.put("kind", "msr");
        source.put("device", device.toString());
        source.put("msr", "0xc0010131");
      } else {
        source.put("kind", "kernel-log");
        source.put("log", logLine.source());
        source.put("lineNumber", logLine.lineNumber());
        source.put("msrProblem", msrProblem);
        source.put("complete", false);
      }
      new DecodedStatus(input).json(object);
    }

    void text(PrintWriter out) {
      if (logLine == null) {
        out.println("read from     " + device + " (MSR 0xc0010131)");
      } else {
        out.println("read from     line " + logLine.lineNumber() + " of " + logLine.source() + ": " + logLine.line().strip());
        out.println("MSR not read  " + msrProblem);
      }
      new DecodedStatus(input).text(out);
    }
  }
}
