package dev.snpgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Prints a {@link Reply} or an error in the form the command was asked for. Text for a person is
 * made {@link InertText inert}; JSON escapes control characters itself.
 */
public final class Replies {

  private Replies() {}

  /** Prints {@code reply} and returns its exit status. */
  public static int print(Reply reply, boolean json, PrintWriter out) {
    if (json) {
      ObjectNode object = header(reply.command(), reply.exitStatus());
      reply.json().accept(object);
      out.println(Json.write(object));
    } else {
      StringWriter text = new StringWriter();
      PrintWriter writer = new PrintWriter(text);
      reply.text().accept(writer);
      writer.flush();
      out.print(InertText.of(text.toString()));
    }
    out.flush();
    return reply.exitStatus();
  }

  /**
   * Prints an error: always one line on {@code err}, and with {@code --json} also one JSON object
   * on {@code out}, so a script reading standard output gets an object whatever happened.
   */
  public static int error(String command, int exitStatus, String message, boolean json, PrintWriter out,
      PrintWriter err) {
    err.println(command + ": " + InertText.of(message));
    err.flush();
    if (json) {
      ObjectNode object = header(command, exitStatus);
      object.put("error", message);
      out.println(Json.write(object));
      out.flush();
    }
    return exitStatus;
  }

  /** {@code command} is the qualified name, {@code snpgate decode}; JSON names the command alone. */
  private static ObjectNode header(String command, int exitStatus) {
    ObjectNode object = Json.object();
    object.put("command", command.substring(command.lastIndexOf(' ') + 1));
    object.put("exitStatus", exitStatus);
    return object;
  }
}
