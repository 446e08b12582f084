package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code snpgate read}, run as a process: a file stands in for /dev/cpu/N/msr (8 bytes at offset
 * 0xC0010131, as the msr driver serves them) and log files and a stand-in dmesg for the kernel log.
 * The command reads either through the same code as on a guest; only the path differs.
 */
class ReadIT {

  private static final long SEV_STATUS_MSR = 0xC0010131L;

  @TempDir
  Path dir;

  /** A sparse file with {@code value} where the msr driver would serve MSR 0xC0010131. */
  private Path msrDevice(long value) throws IOException {
    Path device = dir.resolve("msr");
    ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).flip();
    try (FileChannel channel = FileChannel.open(device, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      channel.write(bytes, SEV_STATUS_MSR);
    }
    return device;
  }

  /** A log file; Latin-1, so a character above 0x7f is a byte that is not UTF-8, as logs have. */
  private Path log(String... lines) throws IOException {
    return Files.writeString(dir.resolve("kern.log"), String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
  }

  @Test
  void readsTheMsrLittleEndianAtItsOffsetAndDecodesIt() throws IOException {
    Path device = msrDevice(0x8000200000000987L);
    CliRun run = run("read", "--msr-device", device.toString()).exits(0).noStackTrace();
    assertTrue(run.out().startsWith("read from     " + device + " (MSR 0xc0010131)\n"
        + "SEV_STATUS    0x8000200000000987  SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC reserved-bit-45"
        + " reserved-bit-63\n"), run.describe());
    assertTrue(run.out().contains("\n45   43            reserved-bit-45"), run.describe());
    JsonNode json = run("read", "--json", "--msr-device", device.toString()).exits(0).json();
    assertEquals("msr", json.get("source").get("kind").textValue());
    assertEquals("msr", json.get("form").textValue());
    assertEquals("0x8000200000000987", json.get("status").textValue());
  }

  @Test
  void fallsBackToTheLastStatusLineOfTheLogSayingWhyAndWhatItMisses() throws IOException {
    Path kernLog = log(
        "Nov 27 08:00:00 guest kernel: SEV: Status: SEV SEV-ES SEV-SNP",
        "Nov 28 09:00:00 guest kernel: Linux version 7.1.3",
        "Nov 28 09:00:00 guest kernel: SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC ",
        "Nov 28 09:00:01 guest kernel: \u00ff\u00fe bytes that are not UTF-8 are read past");
    Path absent = dir.resolve("no-msr");
    CliRun run = run("read", "--msr-device", absent.toString(), "--kernel-log", kernLog.toString()).exits(0).noStackTrace();
    assertTrue(run.out().startsWith("read from     line 3 of " + kernLog + ": Nov 28 09:00:00 guest kernel: SEV: Status:"
        + " SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"
        + "MSR not read  " + absent + " does not exist: load the msr module (modprobe msr) on a Linux guest, and check"
        + " the CPU number\n"
        + "SEV_STATUS    0x0000000000000887  SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"), run.describe());
    assertTrue(run.out().contains("the kernel's line: it names only the bits Linux has a name for"), run.describe());
    JsonNode source = run("read", "--json", "--msr-device", absent.toString(), "--kernel-log", kernLog.toString())
        .exits(0).json().get("source");
    assertEquals("kernel-log", source.get("kind").textValue());
    assertEquals(3, source.get("lineNumber").intValue());
    assertEquals(false, source.get("complete").booleanValue());
  }

  @Test
  void aShortDeviceOrADirectoryIsNoMsr() throws IOException {
    Path shortFile = Files.write(dir.resolve("short"), new byte[16]);
    Path kernLog = log("SEV: Status: SEV");
    CliRun run = run("read", "--msr-device", shortFile.toString(), "--kernel-log", kernLog.toString()).exits(0);
    assertTrue(run.out().contains("MSR not read  " + shortFile + " gave 0 of 8 bytes at offset 0xc0010131: not an MSR"
        + " device\n"), run.describe());
    run = run("read", "--msr-device", dir.toString(), "--kernel-log", kernLog.toString()).exits(0);
    assertTrue(run.out().contains("MSR not read  " + dir + ": "), run.describe());
  }

  @Test
  void withoutEitherItSaysWhatIsNeeded() throws IOException {
    Path kernLog = log("[    0.0] Linux version 7.1.3", "[    0.1] Memory Encryption Features active: AMD SEV");
    CliRun run = run("read", "--msr-device", dir.resolve("absent").toString(), "--kernel-log", kernLog.toString())
        .exits(2).noStackTrace();
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("snpgate read: no SEV_STATUS reading. MSR: " + dir.resolve("absent")
        + " does not exist"), run.describe());
    assertTrue(run.err().contains("Kernel log: no \"SEV: Status:\" line in " + kernLog), run.describe());
    assertTrue(run.err().contains("Needed: root and the msr module (modprobe msr) to read MSR 0xC0010131"), run.describe());
    run("read", "--msr-device", dir.resolve("absent").toString(), "--kernel-log", dir.resolve("no-log").toString())
        .exits(2).noStackTrace();
    JsonNode json = run("read", "--json", "--msr-device", "/nonexistent/msr", "--kernel-log", kernLog.toString())
        .exits(2).json();
    assertTrue(json.get("error").textValue().startsWith("no SEV_STATUS reading."), json.toString());
  }

  @Test
  void aLineWithANameSnpgateDoesNotKnowIsBadInputNamingTheLine() throws IOException {
    Path kernLog = log("x", "SEV: Status: SEV SEV-ES SEV-SNP FutureFeat");
    CliRun run = run("read", "--msr-device", dir.resolve("absent").toString(), "--kernel-log", kernLog.toString())
        .exits(2).noStackTrace();
    assertTrue(run.err().startsWith("snpgate read: line 2 of " + kernLog + ": not a kernel SEV status line"), run.describe());
    assertTrue(run.err().contains("'FutureFeat' is not the name of a SEV_STATUS bit"), run.describe());
  }

  @Test
  void theLogCanComeOnStandardInput() {
    CliRun run = SnpGateProcess.run(Map.of(), "boot\nSEV: Status: SEV SEV-ES SEV-SNP SecureAVIC\n",
        "read", "--msr-device", dir.resolve("absent").toString(), "--kernel-log", "-").exits(0);
    assertTrue(run.out().startsWith("read from     line 2 of standard input: SEV: Status: SEV SEV-ES SEV-SNP SecureAVIC\n"),
        run.describe());
  }

  @Test
  void withoutALogFileItRunsDmesg() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path dmesg = Files.writeString(bin.resolve("dmesg"),
        "#!/bin/sh\necho '[    0.1] SEV: Status: SEV SEV-ES SEV-SNP IBPBOnEntry'\n");
    Files.setPosixFilePermissions(dmesg, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> path = Map.of("PATH", bin + ":" + System.getenv("PATH"));
    CliRun run = SnpGateProcess.run(path, null, "read", "--msr-device", dir.resolve("absent").toString()).exits(0);
    assertTrue(run.out().startsWith("read from     line 1 of dmesg: [    0.1] SEV: Status: SEV SEV-ES SEV-SNP IBPBOnEntry\n"),
        run.describe());

    Files.writeString(dmesg, "#!/bin/sh\necho 'dmesg: read kernel buffer failed: Operation not permitted' >&2\nexit 1\n");
    CliRun refused = SnpGateProcess.run(path, null, "read", "--msr-device", dir.resolve("absent").toString()).exits(2);
    assertTrue(refused.err().contains("Kernel log: dmesg failed (exit 1): dmesg: read kernel buffer failed: Operation"
        + " not permitted (reading the kernel log needs root when kernel.dmesg_restrict is 1)"), refused.describe());
  }

  @Test
  void theCpuIsChosenByNumber() {
    CliRun run = run("read", "--cpu", "4095", "--kernel-log", dir.resolve("none").toString()).exits(2).noStackTrace();
    assertTrue(run.err().contains("MSR: /dev/cpu/4095/msr does not exist"), run.describe());
    assertTrue(run("read", "--cpu", "-1").exits(2).noStackTrace().err().contains("--cpu -1: a CPU number is 0 or more"));
    run("read", "--cpu", "one").exits(2).noStackTrace();
    run("read", "--cpu", "1", "--msr-device", "/dev/null").exits(2).noStackTrace();
  }
}
