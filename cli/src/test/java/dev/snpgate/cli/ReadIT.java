package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /** A stand-in dmesg on a PATH of its own, printing {@code script}'s output. */
  private Map<String, String> dmesg(String script) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path dmesg = Files.writeString(bin.resolve("dmesg"), "#!/bin/sh\n" + script + "\n");
    Files.setPosixFilePermissions(dmesg, PosixFilePermissions.fromString("rwxr-xr-x"));
    return Map.of("PATH", bin + ":" + System.getenv("PATH"));
  }

  @Test
  void withoutTheMsrItFallsBackToDmesgSayingWhyAndWhatTheLineMisses() throws IOException {
    Path absent = dir.resolve("no-msr");
    Map<String, String> path = dmesg("echo '[    0.1] SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC '");
    CliRun run = SnpGateProcess.run(path, null, "read", "--msr-device", absent.toString()).exits(0).noStackTrace();
    assertTrue(run.out().startsWith("read from     line 1 of dmesg: [    0.1] SEV: Status: SEV SEV-ES SEV-SNP"
        + " DebugSwap SecureTSC\n"
        + "MSR not read  " + absent + " does not exist: load the msr module (modprobe msr) on a Linux guest, and check"
        + " the CPU number\n"
        + "SEV_STATUS    0x0000000000000887  SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"), run.describe());
    assertTrue(run.out().contains("\ngiven as      the kernel's line: it names only the bits Linux has a name for,"
        + " so set bits it has no name for (reserved bits) could not be seen: a lower bound of SEV_STATUS\n"),
        run.describe());
    JsonNode source = SnpGateProcess.run(path, null, "read", "--json", "--msr-device", absent.toString())
        .exits(0).json().get("source");
    assertEquals("kernel-log", source.get("kind").textValue());
    assertEquals("sev-status", source.get("line").textValue());
    assertEquals(1, source.get("lineNumber").intValue());
    assertTrue(source.get("msrProblem").textValue().startsWith(absent + " does not exist"), source.toString());
    assertEquals(false, source.get("complete").booleanValue());

    CliRun refused = SnpGateProcess.run(dmesg("echo 'dmesg: read kernel buffer failed: Operation not permitted' >&2"
        + "\nexit 1"), null, "read", "--msr-device", absent.toString()).exits(2).noStackTrace();
    assertTrue(refused.err().startsWith("snpgate read: no SEV_STATUS reading. MSR: " + absent + " does not exist"),
        refused.describe());
    assertTrue(refused.err().contains("Kernel log: dmesg failed (exit 1): dmesg: read kernel buffer failed: Operation"
        + " not permitted (reading the kernel log needs root when kernel.dmesg_restrict is 1)"), refused.describe());
    assertTrue(refused.err().contains("Needed: root and the msr module (modprobe msr) to read MSR 0xC0010131"),
        refused.describe());
  }

  @Test
  void aKernelLogIsReadAloneTheLatestBootsLineWinningAndNothingIsSaidOfTheMsr() throws IOException {
    Path kernLog = log(
        "Nov 27 08:00:00 guest kernel: SEV: Status: SEV SEV-ES SEV-SNP",
        "Nov 28 09:00:00 guest kernel: Linux version 7.1.3",
        "Nov 28 09:00:00 guest kernel: Memory Encryption Features active: AMD SEV SEV-ES SEV-SNP",
        "Nov 28 09:00:00 guest kernel: SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC ",
        "Nov 28 09:00:01 guest kernel: \u00ff\u00fe bytes that are not UTF-8 are read past");
    CliRun run = run("read", "--kernel-log", kernLog.toString()).exits(0).noStackTrace();
    assertTrue(run.out().startsWith("read from     line 4 of " + kernLog + ": Nov 28 09:00:00 guest kernel: SEV: Status:"
        + " SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"
        + "SEV_STATUS    0x0000000000000887  SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"), run.describe());
    assertFalse(run.out().contains("MSR"), run.describe());
    JsonNode source = run("read", "--json", "--kernel-log", kernLog.toString()).exits(0).json().get("source");
    assertFalse(source.has("msrProblem"), source.toString());
    CliRun both = run("read", "--kernel-log", kernLog.toString(), "--cpu", "0").exits(2).noStackTrace();
    assertTrue(both.err().contains("--kernel-log reads the log only: give it without --cpu and --msr-device"),
        both.describe());
  }

  @Test
  void aKernelBefore69TellsOnlyTheStateBitsAndSaysSo() throws IOException {
    String line = "[    0.550548] Memory Encryption Features active: AMD SEV SEV-ES SEV-SNP";
    CliRun run = run("read", "--kernel-log", log("[    0.0] Linux version 6.6.9", line).toString()).exits(0)
        .noStackTrace();
    assertTrue(run.out().contains("\nSEV_STATUS    0x0000000000000007  SEV SEV-ES SEV-SNP\n"), run.describe());
    assertTrue(run.out().contains("\ngiven as      the kernel's \"Memory Encryption Features active:\" line: this"
        + " kernel prints no feature bits (the \"SEV: Status:\" line with them came in Linux 6.9), so only SEV, SEV-ES"
        + " and SEV-SNP (bits 0 to 2) are known: read the MSR for the rest\n"), run.describe());
    JsonNode json = run("read", "--json", "--kernel-log", dir.resolve("kern.log").toString()).exits(0).json();
    assertEquals("memory-encryption", json.get("source").get("line").textValue());
    assertEquals("kernel-memory-encryption-line", json.get("form").textValue());
    assertEquals(false, json.get("complete").booleanValue());

    CliRun older = run("read", "--kernel-log",
        log("AMD Memory Encryption Features active: SEV SEV-ES SEV-SNP").toString()).exits(0);
    assertTrue(older.out().contains("\nSEV_STATUS    0x0000000000000007  SEV SEV-ES SEV-SNP\n"), older.describe());
    CliRun tdx = run("read", "--kernel-log", log("Memory Encryption Features active: Intel TDX").toString()).exits(2)
        .noStackTrace();
    assertTrue(tdx.err().contains("this is an Intel TDX guest, not an AMD SEV guest"), tdx.describe());
  }

  @Test
  void vTomWithoutSnpSaysAParavisorMayHideSnp() throws IOException {
    CliRun run = run("read", "--kernel-log", log("[    0.450742] SEV: Status: vTom ").toString()).exits(0)
        .noStackTrace();
    assertTrue(run.out().contains("\nSEV-SNP       not active: vTom is set, so a paravisor (as Hyper-V's on Azure) may"
        + " run this VM as an SEV-SNP guest and hide SNP from the kernel; the paravisor then negotiates the SNP"
        + " features\n"), run.describe());
    assertFalse(run.out().contains("no SNP features to negotiate"), run.describe());
    JsonNode json = run("read", "--json", "--kernel-log", dir.resolve("kern.log").toString()).exits(0).json();
    assertTrue(json.get("note").textValue().startsWith("vTom is set, so a paravisor"), json.toString());
  }

  @Test
  void colourEscapesOfASavedDmesgAreIgnored() throws IOException {
    Path kernLog = log("\u001b[32m[    0.4]\u001b[0m \u001b[33mSEV: \u001b[0mStatus: SEV SEV-ES SEV-SNP"
        + " \u001b[1mSecureAVIC\u001b[0m");
    CliRun run = run("read", "--kernel-log", kernLog.toString()).exits(0).noStackTrace();
    assertTrue(run.out().startsWith("read from     line 1 of " + kernLog + ": [    0.4] SEV: Status: SEV SEV-ES SEV-SNP"
        + " SecureAVIC\n"
        + "SEV_STATUS    0x0000000000040007  SEV SEV-ES SEV-SNP SecureAVIC\n"), run.describe());
  }

  @Test
  void aLogWithoutEitherLineSaysWhatIsNeeded() throws IOException {
    Path kernLog = log("[    0.0] Linux version 7.1.3", "[    0.1] Booting paravirtualized kernel");
    CliRun run = run("read", "--kernel-log", kernLog.toString()).exits(2).noStackTrace();
    assertEquals("", run.out());
    assertEquals("snpgate read: no SEV_STATUS reading: no \"SEV: Status:\" or \"Memory Encryption Features active:\""
        + " line in " + kernLog + " (Linux prints them once at boot in an SEV guest; a long-running guest's ring buffer"
        + " may have lost them: give a saved log with --kernel-log, such as journalctl -k -b output)\n", run.err());
    run("read", "--kernel-log", dir.resolve("no-log").toString()).exits(2).noStackTrace();
    JsonNode json = run("read", "--json", "--kernel-log", kernLog.toString()).exits(2).json();
    assertTrue(json.get("error").textValue().startsWith("no SEV_STATUS reading: no \"SEV: Status:\""), json.toString());
  }

  @Test
  void aLineWithANameSnpgateDoesNotKnowIsBadInputNamingTheLine() throws IOException {
    Path kernLog = log("x", "SEV: Status: SEV SEV-ES SEV-SNP FutureFeat");
    CliRun run = run("read", "--kernel-log", kernLog.toString()).exits(2).noStackTrace();
    assertTrue(run.err().startsWith("snpgate read: line 2 of " + kernLog + ": not a kernel SEV status line"), run.describe());
    assertTrue(run.err().contains("'FutureFeat' is not the name of a SEV_STATUS bit"), run.describe());
  }

  @Test
  void theLogCanComeOnStandardInput() {
    CliRun run = SnpGateProcess.run(Map.of(), "boot\nSEV: Status: SEV SEV-ES SEV-SNP SecureAVIC\n",
        "read", "--kernel-log", "-").exits(0);
    assertTrue(run.out().startsWith("read from     line 2 of standard input: SEV: Status: SEV SEV-ES SEV-SNP SecureAVIC\n"),
        run.describe());
  }

  @Test
  void theCpuIsChosenByNumber() {
    CliRun run = SnpGateProcess.run(Map.of("PATH", dir.toString()), null, "read", "--cpu", "4095").exits(2)
        .noStackTrace();
    assertTrue(run.err().contains("MSR: /dev/cpu/4095/msr does not exist"), run.describe());
    assertTrue(run("read", "--cpu", "-1").exits(2).noStackTrace().err().contains("--cpu -1: a CPU number is 0 or more"));
    run("read", "--cpu", "one").exits(2).noStackTrace();
    run("read", "--cpu", "1", "--msr-device", "/dev/null").exits(2).noStackTrace();
  }
}
