package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's projects, built and run as the guide says. A page that names its project with
 * {@code <!-- project: integration-tests/src/it/PROJECT -->} is followed, in a fresh copy of that
 * project, in page order: a fenced block after {@code <!-- new file: PATH -->} is written to PATH,
 * and each transcript is run. A transcript is an indented block of {@code $ COMMAND}, the output,
 * {@code [exit N]}. A {@code java} command must print exactly the output shown; a {@code mvn}
 * command must print the lines shown in that order, among Maven's own. {@link DocsTest} checks that
 * the files the guide shows are these projects' files.
 */
class DocsProjectsIT {

  static final String PROJECT = "<!-- project: integration-tests/src/it/";
  static final String NEW_FILE = "<!-- new file: ";
  private static final String INDENT = "    ";
  private static final Path ROOT = Path.of(System.getProperty("snpgate.projects")).getParent().getParent().getParent();

  /**
   * One command of a transcript, what the guide says it prints and its exit status; or, as
   * {@code write PATH}, a file the guide says to create, with its content as the output.
   */
  record Step(String where, List<String> command, List<String> output, int exitStatus) {}

  @Test
  void theGettingStartedGuestBuildsAndRunsAsTheGuideShows() {
    GuestBuild guest = follow("docs/getting-started.md", "getting-started", true);
    // The shade configuration leaves no warning (the runtime's module-info.class is excluded).
    GuestBuild.Result again = guest.maven("package");
    assertEquals(0, again.exitStatus(), again.output());
    assertFalse(again.output().contains("[WARNING]"), again.output());
  }

  @Test
  void theThreeModuleGuestBuildsAndRunsAsTheGuideShows() {
    follow("docs/libraries.md", "multi-module", true);
  }

  @Test
  void theDriftCheckWalkthroughFailsAndAcceptsAsTheGuideShows() {
    follow("docs/drift-check.md", "multi-module", false);
  }

  @Test
  void theExampleGuestsFlavourAcceptsAsTheGuideSays() {
    // docs/libraries.md: in examples/, mvn -Psecure-avic snpgate:accept accepts that flavour's files.
    GuestBuild example = GuestBuild.copyOfExample("docs-example-flavour");
    GuestBuild.Result accepted = example.maven("-Psecure-avic", "snpgate:accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertTrue(accepted.lines().contains("[INFO] snpgate: the masks did not change"), accepted.output());
  }

  /**
   * Follows a page in a copy of its project; {@code onlyShownFiles}: the copy first loses every file
   * the page does not show, so that the build is of exactly the files a reader pastes.
   */
  private static GuestBuild follow(String page, String project, boolean onlyShownFiles) {
    List<Step> steps = steps(page, project);
    assertFalse(steps.isEmpty(), page + " has no transcript of " + project);
    GuestBuild build = GuestBuild.copyOfProject("docs-" + project + "-" + Path.of(page).getFileName(), project);
    if (onlyShownFiles) {
      String prefix = "<!-- file: integration-tests/src/it/" + project + "/";
      List<String> shown = DocsTest.lines(ROOT.resolve(page)).stream().filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(prefix.length(), line.length() - " -->".length())).toList();
      for (String file : build.filesOutsideTarget().keySet()) {
        if (!shown.contains(file)) {
          build.delete(file);
        }
      }
    }
    for (Step step : steps) {
      if (step.command().get(0).equals("mvn")) {
        GuestBuild.Result result = build.maven(step.command().subList(1, step.command().size()).toArray(String[]::new));
        assertEquals(step.exitStatus(), result.exitStatus(), step.where() + ": the exit status differs\n" + result.output());
        assertInOrder(step, result.lines());
      } else if (step.command().get(0).equals("java")) {
        List<String> command = new ArrayList<>(step.command());
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        GuestBuild.Result result = GuestBuild.run(build.dir(), command);
        assertEquals(String.join("\n", step.output()), result.output(), step.where() + ": the output differs");
        assertEquals(step.exitStatus(), result.exitStatus(), step.where() + ": the exit status differs");
      } else if (step.command().get(0).equals("write")) {
        build.write(step.command().get(1), String.join("\n", step.output()) + "\n");
      } else {
        throw new AssertionError(step.where() + ": a transcript runs only mvn, java or edit: " + step.command());
      }
    }
    return build;
  }

  private static void assertInOrder(Step step, List<String> lines) {
    int from = 0;
    for (String expected : step.output()) {
      int found = lines.subList(from, lines.size()).indexOf(expected);
      assertTrue(found >= 0, step.where() + ": no line\n" + expected + "\nin\n" + String.join("\n", lines));
      from += found + 1;
    }
  }

  static List<Step> steps(String page, String project) {
    List<String> lines;
    try {
      lines = Files.readAllLines(ROOT.resolve(page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(lines.contains(PROJECT + project + " -->"), page + " names no project " + project);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = page + ":" + (i + 1);
      if (line.startsWith(NEW_FILE) && line.endsWith(" -->")) {
        String path = line.substring(NEW_FILE.length(), line.length() - " -->".length());
        int end = i + 2;
        while (!lines.get(end).equals("```")) {
          end++;
        }
        steps.add(new Step(where, List.of("write", path), lines.subList(i + 2, end), 0));
        i = end;
        continue;
      }
      if (!line.startsWith(INDENT + "$ ")) {
        continue;
      }
      List<String> command = Arrays.asList(line.substring(INDENT.length() + 2).split(" "));
      List<String> output = new ArrayList<>();
      int next = i + 1;
      while (next < lines.size() && !lines.get(next).matches(" {4}\\[exit \\d+\\]")) {
        if (!lines.get(next).startsWith(INDENT)) {
          throw new AssertionError(where + ": the transcript ends without an [exit N] line");
        }
        output.add(lines.get(next).substring(INDENT.length()));
        next++;
      }
      if (next == lines.size()) {
        throw new AssertionError(where + ": the transcript ends without an [exit N] line");
      }
      String exit = lines.get(next).strip();
      steps.add(new Step(where, command, output, Integer.parseInt(exit.substring("[exit ".length(), exit.length() - 1))));
      i = next;
    }
    return steps;
  }

}
