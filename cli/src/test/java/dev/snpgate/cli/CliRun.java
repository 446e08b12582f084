package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What one run of snpgate did: exit status, standard output and standard error.
 *
 * @param args the arguments, for failure messages
 */
public record CliRun(String args, int exitStatus, String out, String err) {

  /** Asserts the exit status, showing both streams when it differs. */
  public CliRun exits(int expected) {
    assertEquals(expected, exitStatus, this::describe);
    return this;
  }

  /** Asserts that nothing looks like a stack trace or an exception's class name on either stream. */
  public CliRun noStackTrace() {
    for (String stream : new String[] {out, err}) {
      assertFalse(stream.contains("\tat ") || stream.matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), this::describe);
    }
    return this;
  }

  /** Standard output as the one JSON object it must be. */
  public JsonNode json() {
    try {
      return Json.read(out.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("not one JSON object: " + describe(), e);
    }
  }

  public String describe() {
    return "snpgate " + args + "\nexit " + exitStatus + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
