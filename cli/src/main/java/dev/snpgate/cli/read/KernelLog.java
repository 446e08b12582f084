package dev.snpgate.cli.read;

import dev.snpgate.runtime.KernelStatusLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Where {@code read} finds what the kernel printed about SEV_STATUS: the output of {@code dmesg},
 * or a log the operator names ({@code -} for standard input, as in {@code journalctl -k -b |
 * snpgate read --kernel-log -}; a device or FIFO works too, read once). Kernels from 6.9 print the
 * {@code SEV: Status:} line; older ones only the memory encryption line, which tells bits 0 to 2.
 * The latest boot's line wins: a log that spans boots has them once per boot, and a 6.9+ kernel
 * prints its status line right after its memory encryption line.
 */
final class KernelLog {

  /** How long dmesg may take in all, output included; it reads a ring buffer of a few MiB. */
  static final Duration DMESG_TIMEOUT = Duration.ofSeconds(30);

  /** Colour and cursor sequences of a saved {@code dmesg --color=always}: CSI sequences and two-byte escapes. */
  private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|[@-Z\\\\-_])");

  /** Which of the kernel's lines was found. */
  enum Kind {
    /** {@code SEV: Status: SEV SEV-ES SEV-SNP DebugSwap}: every bit Linux has a name for. */
    STATUS_LINE,
    /** {@code Memory Encryption Features active: AMD SEV SEV-ES SEV-SNP}: bits 0 to 2 only. */
    MEMORY_ENCRYPTION_LINE
  }

  /**
   * The line found, where.
   *
   * @param source the log, as messages name it
   * @param lineNumber its line number, from 1
   * @param line the whole line, without escape sequences
   */
  record Found(String source, int lineNumber, String line, Kind kind) {}

  private KernelLog() {}

  /**
   * The latest line of {@code file}, or of {@code stdin} for {@code -}.
   *
   * @throws LogUnreadableException saying why there is no line
   */
  static Found fromFile(String file, InputStream stdin) {
    if (file.equals("-")) {
      return search("standard input", stdin);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new LogUnreadableException(file + " is a directory, not a log file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return search(file, in);
    } catch (NoSuchFileException e) {
      throw new LogUnreadableException(file + " does not exist");
    } catch (AccessDeniedException e) {
      throw new LogUnreadableException(file + ": permission denied");
    } catch (IOException e) {
      throw new LogUnreadableException(file + " cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The latest line of what {@code dmesg} prints within {@link #DMESG_TIMEOUT}. */
  static Found fromDmesg() {
    return fromCommand(List.of("dmesg"), DMESG_TIMEOUT);
  }

  /**
   * The latest line of what {@code command} prints; the timeout covers the whole run, reading its
   * output included, so a command that prints without end is stopped too.
   *
   * @throws LogUnreadableException saying why there is no line: no command, it failed or timed
   *     out, no line
   */
  static Found fromCommand(List<String> command, Duration timeout) {
    String name = command.get(0);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new LogUnreadableException(name + " could not be run (" + e.getMessage() + ")");
    }
    // Threads of their own, not the common pool: on two cores its one worker would be taken by the
    // blocking read of standard error, and the deadline would never fire.
    AtomicBoolean timedOut = new AtomicBoolean();
    daemon(() -> {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          timedOut.set(true);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    CompletableFuture<String> error = new CompletableFuture<>();
    daemon(() -> error.complete(firstBytes(process.getErrorStream())));
    try {
      process.getOutputStream().close();
      Found found = searchOrNull(name, process.getInputStream());
      process.waitFor();
      if (timedOut.get()) {
        throw new LogUnreadableException(name + " did not finish in " + timeout.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        String message = error.join();
        throw new LogUnreadableException(name + " failed (exit " + process.exitValue() + ")"
            + (message.isEmpty() ? "" : ": " + message.lines().findFirst().orElse(""))
            + " (reading the kernel log needs root when kernel.dmesg_restrict is 1)");
      }
      if (found == null) {
        throw notFound(name);
      }
      return found;
    } catch (IOException e) {
      throw new LogUnreadableException(timedOut.get()
          ? name + " did not finish in " + timeout.toSeconds() + " s"
          : name + "'s output could not be read (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogUnreadableException("interrupted while " + name + " ran");
    } finally {
      process.destroyForcibly();
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "snpgate-dmesg");
    thread.setDaemon(true);
    thread.start();
  }

  /** The first KiB of a stream, the rest drained so the process never blocks writing it. */
  private static String firstBytes(InputStream stream) {
    try (stream) {
      byte[] first = stream.readNBytes(1024);
      stream.transferTo(OutputStream.nullOutputStream());
      return new String(first, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static Found search(String source, InputStream in) {
    try {
      Found found = searchOrNull(source, in);
      if (found == null) {
        throw notFound(source);
      }
      return found;
    } catch (IOException e) {
      throw new LogUnreadableException(source + " cannot be read (" + e.getMessage() + ")");
    }
  }

  private static Found searchOrNull(String source, InputStream in) throws IOException {
    Found[] latest = new Found[2];
    BoundedLines.forEach(source, in, (raw, number) -> {
      String line = raw.indexOf('\u001B') < 0 ? raw : ANSI_ESCAPE.matcher(raw).replaceAll("");
      if (KernelStatusLine.isStatusLine(line)) {
        latest[0] = new Found(source, number, line, Kind.STATUS_LINE);
      } else if (MemoryEncryptionLine.isFeaturesLine(line)) {
        latest[1] = new Found(source, number, line, Kind.MEMORY_ENCRYPTION_LINE);
      }
    });
    Found status = latest[0];
    Found memoryEncryption = latest[1];
    if (status != null && (memoryEncryption == null || status.lineNumber() > memoryEncryption.lineNumber())) {
      return status;
    }
    return memoryEncryption;
  }

  private static LogUnreadableException notFound(String source) {
    return new LogUnreadableException("no \"" + KernelStatusLine.MARKER + "\" or \"" + MemoryEncryptionLine.MARKER
        + "\" line in " + source + " (Linux prints them once at boot in an SEV guest; a long-running guest's ring"
        + " buffer may have lost them: give a saved log with --kernel-log, such as journalctl -k -b output)");
  }
}
