package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ./snpgate} transcript in the README and the guide is run again, from the repository
 * root as the docs show it, and must print what the docs say, with the exit status they say. A
 * transcript is an indented block: {@code $ ./snpgate ARGS}, the output lines, {@code [exit N]}.
 */
class DocsTranscriptIT {

  private static final String INDENT = "    ";
  private static final String PROMPT = INDENT + "$ ./snpgate ";
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** One transcript: where it stands, the arguments, what it printed and its exit status. */
  record Transcript(String where, List<String> args, String output, int exitStatus) {}

  @Test
  void everyTranscriptIsWhatSnpgatePrints() throws IOException {
    List<Transcript> transcripts = new ArrayList<>();
    for (Path doc : docs()) {
      transcripts.addAll(transcripts(doc));
    }
    assertFalse(transcripts.isEmpty(), "no transcript found in the docs");
    for (Transcript transcript : transcripts) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(SnpGateProcess.JVM_OPTIONS);
      command.addAll(List.of("-jar", SnpGateProcess.jar().toString()));
      command.addAll(transcript.args());
      CliRun run = SnpGateProcess.exec(command, Map.of(), null, String.join(" ", transcript.args()), ROOT.toFile());
      assertEquals(transcript.output(), run.out() + run.err(), transcript.where() + ": the transcript differs");
      assertEquals(transcript.exitStatus(), run.exitStatus(), transcript.where() + ": the exit status differs");
    }
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
      pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  static List<Transcript> transcripts(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc);
    List<Transcript> transcripts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith(PROMPT)) {
        continue;
      }
      String where = ROOT.relativize(doc) + ":" + (i + 1);
      List<String> args = words(lines.get(i).substring(PROMPT.length()));
      StringBuilder output = new StringBuilder();
      int line = i + 1;
      while (line < lines.size() && !lines.get(line).matches(" {4}\\[exit \\d+\\]")) {
        if (!lines.get(line).startsWith(INDENT)) {
          throw new AssertionError(where + ": the transcript ends without an [exit N] line");
        }
        output.append(lines.get(line).substring(INDENT.length())).append('\n');
        line++;
      }
      if (line == lines.size()) {
        throw new AssertionError(where + ": the transcript ends without an [exit N] line");
      }
      String exit = lines.get(line).strip();
      transcripts.add(new Transcript(where, args, output.toString(),
          Integer.parseInt(exit.substring("[exit ".length(), exit.length() - 1))));
      i = line;
    }
    return transcripts;
  }

  /** The words of a command line as a POSIX shell splits them, with single and double quotes. */
  static List<String> words(String commandLine) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : commandLine.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
