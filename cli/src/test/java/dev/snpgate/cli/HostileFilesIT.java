package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no log or manifest is, given as {@code --kernel-log} and {@code --manifest}: an endless
 * device, a huge file of one line, standard input and a FIFO (each readable once). Every run ends
 * in one line naming the input, or in the right answer; never a stack trace or an exhausted heap.
 */
class HostileFilesIT {

  private static final String STATUS_LINE = "[    0.1] SEV: Status: SEV SEV-ES SEV-SNP DebugSwap\n";

  @TempDir
  static Path dir;

  /** 100 MB and no line break. */
  private static Path oneLine;

  @BeforeAll
  static void writeOneLineFile() throws IOException {
    oneLine = dir.resolve("one-line");
    byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(oneLine)) {
      for (int i = 0; i < 100; i++) {
        out.write(block);
      }
    }
  }

  @Test
  void anEndlessDeviceIsNoKernelLog() {
    CliRun run = run("read", "--kernel-log", "/dev/zero").exits(2).noStackTrace();
    assertEquals("snpgate read: no SEV_STATUS reading: line 1 of /dev/zero is longer than 1048576 bytes, so /dev/zero"
        + " is not a kernel log\n", run.err());
  }

  @Test
  void aHugeOneLineFileIsNoKernelLog() {
    CliRun run = run("read", "--kernel-log", oneLine.toString()).exits(2).noStackTrace();
    assertEquals("snpgate read: no SEV_STATUS reading: line 1 of " + oneLine + " is longer than 1048576 bytes, so "
        + oneLine + " is not a kernel log\n", run.err());
  }

  @Test
  void aKernelLogOnDevStdinOrAFifoIsReadOnce() throws IOException {
    CliRun stdin = SnpGateProcess.run(Map.of(), STATUS_LINE, "read", "--kernel-log", "/dev/stdin").exits(0);
    assertTrue(stdin.out().startsWith("read from     line 1 of /dev/stdin: [    0.1] SEV: Status: SEV SEV-ES SEV-SNP"
        + " DebugSwap\n"), stdin.describe());
    Path fifo = fifoWriting("kern-fifo", STATUS_LINE.getBytes(StandardCharsets.US_ASCII));
    CliRun run = run("read", "--kernel-log", fifo.toString()).exits(0).noStackTrace();
    assertTrue(run.out().contains("\nSEV_STATUS    0x0000000000000087  SEV SEV-ES SEV-SNP DebugSwap\n"), run.describe());
  }

  @Test
  void anEndlessDeviceOrAHugeFileIsNoManifest() {
    for (String input : List.of("/dev/zero", oneLine.toString())) {
      CliRun run = run("check", "--manifest", input, "0x7").exits(2).noStackTrace();
      assertEquals("snpgate check: cannot use manifest " + input + ": it is larger than 67108864 bytes, so not a"
          + " manifest\n", run.err());
    }
  }

  @Test
  void aManifestOnDevStdinOrAFifoIsReadOnce() throws IOException {
    byte[] manifest = Files.readAllBytes(ExampleGuestFiles.manifest());
    CliRun stdin = SnpGateProcess.run(Map.of(), new String(manifest, StandardCharsets.UTF_8),
        "check", "--manifest", "/dev/stdin", "0x87").exits(0).noStackTrace();
    assertTrue(stdin.out().startsWith("guest         example-guest  (manifest /dev/stdin)\n"), stdin.describe());
    Path fifo = fifoWriting("manifest-fifo", manifest);
    CliRun run = run("check", "--manifest", fifo.toString(), "0x87").exits(0).noStackTrace();
    assertTrue(run.out().contains("\ndecision      boot\n"), run.describe());
    Path jarFifo = fifoWriting("jar-fifo", Files.readAllBytes(ExampleGuestFiles.jar()));
    CliRun jar = run("check", "--manifest", jarFifo.toString(), "0x87").exits(0).noStackTrace();
    assertTrue(jar.out().contains("\ndecision      boot\n"), jar.describe());
  }

  /** A FIFO that a background writer fills with {@code bytes} once a reader opens it. */
  private static Path fifoWriting(String name, byte[] bytes) throws IOException {
    Path fifo = dir.resolve(name);
    CliRun made = SnpGateProcess.exec(List.of("mkfifo", fifo.toString()), Map.of(), null, "mkfifo " + fifo);
    assertEquals(0, made.exitStatus(), made::describe);
    CompletableFuture.runAsync(() -> {
      try {
        Files.write(fifo, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return fifo;
  }
}
