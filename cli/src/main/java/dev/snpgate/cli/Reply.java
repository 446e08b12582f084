package dev.snpgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * What a command found, printable for a person or as one JSON object for a script: both written
 * from the same facts, so the two cannot tell different stories.
 *
 * @param command the command's name, the {@code command} key of the JSON object
 * @param exitStatus the exit status the facts call for
 * @param json writes the facts as keys of the JSON object ({@link Replies} adds {@code command}
 *     and {@code exitStatus})
 * @param text writes the facts for a person
 */
public record Reply(String command, int exitStatus, Consumer<ObjectNode> json, Consumer<PrintWriter> text) {}
