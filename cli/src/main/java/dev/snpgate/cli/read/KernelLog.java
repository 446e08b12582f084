package dev.snpgate.cli.read;

import dev.snpgate.runtime.KernelStatusLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where {@code read} finds the kernel's {@code SEV: Status:} line when the MSR cannot be read: the
 * output of {@code dmesg}, or a log file the operator names ({@code -} for standard input, as in
 * {@code journalctl -k -b | snpgate read --kernel-log -}). The last such line wins: a log that
 * spans boots has one per boot, and the latest is the running one.
 */
final class KernelLog {

  /** How long dmesg may take; it reads a ring buffer of a few MiB. */
  static final long DMESG_TIMEOUT_SECONDS = 30;

  /**
   * The status line found, where.
   *
   * @param source the log, as messages name it
   * @param lineNumber its line number, from 1
   * @param line the whole line
   */
  record Found(String source, int lineNumber, String line) {}

  private KernelLog() {}

  /**
   * The last status line of {@code file}, or of {@code stdin} for {@code -}.
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

  /**
   * The last status line of what {@code dmesg} prints.
   *
   * @throws LogUnreadableException saying why there is no line: no dmesg, dmesg refused, no line
   */
  static Found fromDmesg() {
    Process dmesg;
    try {
      dmesg = new ProcessBuilder("dmesg").redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new LogUnreadableException("dmesg could not be run (" + e.getMessage() + ")");
    }
    try {
      dmesg.getOutputStream().close();
      Found found = searchOrNull("dmesg", dmesg.getInputStream());
      String error = new String(dmesg.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
      if (!dmesg.waitFor(DMESG_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new LogUnreadableException("dmesg did not finish in " + DMESG_TIMEOUT_SECONDS + " s");
      }
      if (dmesg.exitValue() != 0) {
        throw new LogUnreadableException("dmesg failed (exit " + dmesg.exitValue() + ")"
            + (error.isEmpty() ? "" : ": " + error.lines().findFirst().orElse(""))
            + " (reading the kernel log needs root when kernel.dmesg_restrict is 1)");
      }
      if (found == null) {
        throw notFound("dmesg");
      }
      return found;
    } catch (IOException e) {
      throw new LogUnreadableException("dmesg's output could not be read (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogUnreadableException("interrupted while dmesg ran");
    } finally {
      dmesg.destroy();
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

  /** Bytes that are not UTF-8 read as U+FFFD: a log may hold anything, the line is ASCII. */
  private static Found searchOrNull(String source, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Found last = null;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (KernelStatusLine.isStatusLine(line)) {
        last = new Found(source, number, line);
      }
    }
    return last;
  }

  private static LogUnreadableException notFound(String source) {
    return new LogUnreadableException("no \"" + KernelStatusLine.MARKER + "\" line in " + source
        + " (Linux prints it once at boot in an SEV guest; a long-running guest's ring buffer may have lost it:"
        + " give a saved log with --kernel-log, such as journalctl -k -b output)");
  }
}
