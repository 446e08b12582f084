package dev.snpgate.cli.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Output;
import dev.snpgate.cli.SnpGateCommand;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import dev.snpgate.runtime.KernelStatusLine;
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
            + "module: modprobe msr) and decode it. When the MSR cannot be read, fall back to what the kernel printed "
            + "at boot, from dmesg; with --kernel-log, read only that log.",
        "What each source tells: the MSR, every bit. The \"SEV: Status:\" line (Linux 6.9 and later), the bits Linux "
            + "has a name for: a lower bound. The \"Memory Encryption Features active:\" line of older kernels (and of "
            + "the 6.1 and 6.6 longterm trees), only SEV, SEV-ES and SEV-SNP. Colour escapes of a saved dmesg "
            + "--color=always are ignored.",
        "Exits 0 with a reading, 2 without one, saying what is needed."})
public final class ReadCommand implements Callable<Integer> {

  @Option(names = "--cpu", paramLabel = "N", description = "The CPU whose MSR to read (default 0).")
  Integer cpu;

  @Option(names = "--msr-device", paramLabel = "PATH",
      description = "Read the MSR through PATH instead of /dev/cpu/N/msr (8 bytes at offset 0xC0010131).")
  Path msrDevice;

  @Option(names = "--kernel-log", paramLabel = "FILE",
      description = "Read the kernel's line from FILE (- for standard input; a device or FIFO is read once) "
          + "instead of the MSR and dmesg.")
  String kernelLog;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Reading reading;
    if (kernelLog != null) {
      if (cpu != null || msrDevice != null) {
        throw new BadInputException("--kernel-log reads the log only: give it without --cpu and --msr-device");
      }
      try {
        reading = fromLog(null, KernelLog.fromFile(kernelLog, System.in));
      } catch (LogUnreadableException e) {
        throw new BadInputException("no SEV_STATUS reading: " + e.getMessage());
      }
    } else {
      Path device = device();
      try {
        reading = new Reading(StatusInput.ofMsr(MsrDevice.readSevStatus(device)), device, null);
      } catch (MsrUnreadableException msrProblem) {
        reading = fromDmesg(device, msrProblem.getMessage());
      }
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

  private Reading fromDmesg(Path device, String msrProblem) {
    try {
      return fromLog(msrProblem, KernelLog.fromDmesg());
    } catch (LogUnreadableException logProblem) {
      throw new BadInputException("no SEV_STATUS reading. MSR: " + msrProblem + ". Kernel log: "
          + logProblem.getMessage() + ". Needed: root and the msr module (modprobe msr) to read MSR 0xC0010131 on"
          + " a Linux SEV guest, or the kernel's \"" + KernelStatusLine.MARKER + "\" line in dmesg or in a log given"
          + " with --kernel-log");
    }
  }

  /** The reading of the line found; {@code msrProblem} is why the MSR was not read, null when it was not tried. */
  private static Reading fromLog(String msrProblem, KernelLog.Found found) {
    try {
      StatusInput input = found.kind() == KernelLog.Kind.STATUS_LINE
          ? new StatusInput(found.line(), StatusInput.Form.KERNEL_LINE, KernelStatusLine.parse(found.line()))
          : new StatusInput(found.line(), StatusInput.Form.KERNEL_MEMORY_ENCRYPTION_LINE,
              MemoryEncryptionLine.parse(found.line()));
      return new Reading(input, null, new LogReading(found, msrProblem));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("line " + found.lineNumber() + " of " + found.source() + ": " + e.getMessage()
          + (found.kind() == KernelLog.Kind.STATUS_LINE
              ? " (a name this snpgate does not know may be a bit a newer kernel names: read the MSR instead)" : ""));
    }
  }

  /** Where a reading from a log came from, and why the MSR was not read (null when not tried). */
  private record LogReading(KernelLog.Found line, String msrProblem) {}

  /** A reading and where it came from: the MSR's device, or a log line. */
  private record Reading(StatusInput input, Path device, LogReading log) {

    void json(ObjectNode object) {
      ObjectNode source = object.putObject("source");
      if (log == null) {
        source.put("kind", "msr");
        source.put("device", device.toString());
        source.put("msr", "0xc0010131");
        source.put("complete", true);
      } else {
        source.put("kind", "kernel-log");
        source.put("log", log.line().source());
        source.put("lineNumber", log.line().lineNumber());
        source.put("line", log.line().kind() == KernelLog.Kind.STATUS_LINE ? "sev-status" : "memory-encryption");
        if (log.msrProblem() != null) {
          source.put("msrProblem", log.msrProblem());
        }
        source.put("complete", false);
      }
      new DecodedStatus(input).json(object);
    }

    void text(PrintWriter out) {
      if (log == null) {
        out.println("read from     " + device + " (MSR 0xc0010131)");
      } else {
        out.println("read from     line " + log.line().lineNumber() + " of " + log.line().source() + ": "
            + log.line().line().strip());
        if (log.msrProblem() != null) {
          out.println("MSR not read  " + log.msrProblem());
        }
      }
      new DecodedStatus(input).text(out);
    }
  }
}
