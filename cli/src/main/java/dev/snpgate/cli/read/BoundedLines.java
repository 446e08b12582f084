package dev.snpgate.cli.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;

/**
 * Reads a log line by line, once, within limits: {@code /dev/zero}, a file of one endless line or a
 * stream that never ends are errors naming the source, never an exhausted heap. Bytes that are not
 * UTF-8 read as U+FFFD: a log may hold anything, the lines snpgate looks for are ASCII.
 */
final class BoundedLines {

  /** Far above any kernel log line (the kernel's own limit is 1 KiB), so only a non-log exceeds it. */
  static final int MAX_LINE_BYTES = 1024 * 1024;

  /** Far above the logs of many boots, so a stream that never ends stops with an error. */
  static final long MAX_BYTES = 1L << 30;

  private BoundedLines() {}

  /**
   * Hands each line (without its line break) and its number, from 1, to {@code consumer}.
   *
   * @param source the log as messages name it
   * @throws LogUnreadableException naming {@code source} when a line or the whole exceeds its limit
   */
  static void forEach(String source, InputStream in, ObjIntConsumer<String> consumer) throws IOException {
    forEach(source, in, MAX_LINE_BYTES, MAX_BYTES, consumer);
  }

  static void forEach(String source, InputStream in, int maxLineBytes, long maxBytes, ObjIntConsumer<String> consumer)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int number = 1;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
      if (total > maxBytes) {
        throw new LogUnreadableException(source + " is larger than " + maxBytes + " bytes: give the log of one boot,"
            + " such as journalctl -k -b output");
      }
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i - start);
          checkLength(source, line, number, maxLineBytes);
          consumer.accept(text(line), number++);
          line.reset();
          start = i + 1;
        }
      }
      line.write(buffer, start, read - start);
      checkLength(source, line, number, maxLineBytes);
    }
    if (line.size() > 0) {
      consumer.accept(text(line), number);
    }
  }

  private static void checkLength(String source, ByteArrayOutputStream line, int number, int maxLineBytes) {
    if (line.size() > maxLineBytes) {
      throw new LogUnreadableException("line " + number + " of " + source + " is longer than " + maxLineBytes
          + " bytes, so " + source + " is not a kernel log");
    }
  }

  private static String text(ByteArrayOutputStream line) {
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
