package dev.snpgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Mixed into every command: {@code --json}, and printing the command's reply in that form. */
public final class Output {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--json", description = "Print one JSON object with the same facts, for scripts.")
  boolean json;

  /**
   * Prints the command's facts as text or as one JSON object and returns {@code exitStatus}.
   *
   * @param json writes the facts as keys of the JSON object
   * @param text writes the facts for a person
   */
  public int print(int exitStatus, Consumer<ObjectNode> json, Consumer<PrintWriter> text) {
    return Replies.print(new Reply(command.qualifiedName(), exitStatus, json, text), this.json,
        command.commandLine().getOut());
  }
}
