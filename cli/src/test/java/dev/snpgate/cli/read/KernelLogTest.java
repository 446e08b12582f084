package dev.snpgate.cli.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel log's reading: one deadline for a command, limits on lines and on the whole. */
class KernelLogTest {

  @Test
  void aCommandThatPrintsWithoutEndIsStoppedAtTheDeadline() {
    List<String> endless = List.of("sh", "-c", "echo 'SEV: Status: SEV SEV-ES SEV-SNP'; while :; do echo line; done");
    LogUnreadableException timedOut = assertThrows(LogUnreadableException.class,
        () -> KernelLog.fromCommand(endless, Duration.ofSeconds(1)));
    assertEquals("sh did not finish in 1 s", timedOut.getMessage());
  }

  @Test
  void aCommandThatHangsSilentlyIsStoppedAtTheDeadline() {
    LogUnreadableException timedOut = assertThrows(LogUnreadableException.class,
        () -> KernelLog.fromCommand(List.of("sleep", "60"), Duration.ofSeconds(1)));
    assertEquals("sleep did not finish in 1 s", timedOut.getMessage());
  }

  @Test
  void aCommandWithinItsDeadlineGivesItsLatestLine() {
    KernelLog.Found found = KernelLog.fromCommand(List.of("sh", "-c",
        "echo 'SEV: Status: SEV'; echo 'Memory Encryption Features active: AMD SEV SEV-ES SEV-SNP'"),
        Duration.ofSeconds(30));
    assertEquals(new KernelLog.Found("sh", 2, "Memory Encryption Features active: AMD SEV SEV-ES SEV-SNP",
        KernelLog.Kind.MEMORY_ENCRYPTION_LINE), found);
  }

  @Test
  void linesAndTheWholeAreLimited() throws Exception {
    List<String> lines = new ArrayList<>();
    BoundedLines.forEach("log", stream("a\r\nbb\nccc"), 3, 100, (line, number) -> lines.add(number + ":" + line));
    assertEquals(List.of("1:a", "2:bb", "3:ccc"), lines);
    assertEquals("line 2 of log is longer than 3 bytes, so log is not a kernel log",
        assertThrows(LogUnreadableException.class,
            () -> BoundedLines.forEach("log", stream("abc\nabcd\n"), 3, 100, (line, number) -> { })).getMessage());
    assertEquals("log is larger than 8 bytes: give the log of one boot, such as journalctl -k -b output",
        assertThrows(LogUnreadableException.class,
            () -> BoundedLines.forEach("log", stream("a\nb\nc\nd\ne\n"), 3, 8, (line, number) -> { })).getMessage());
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }
}
