package dev.snpgate.baseline.reviewed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed docs of a guest against what the build generates, line by line (a CRLF checkout or a
 * byte order mark is no difference), or planned to be written by an accept.
 *
 * @param dir the checked-in docs directory
 * @param shownAs the directory as messages name it
 * @param acceptCommand the command that accepts a change
 */
public record ReviewedDocs(Path dir, String shownAs, String acceptCommand) {

  /**
   * @param generated file name to content, as this build generates them
   * @param failOn whether stale docs fail; a change of the masks fails in the baseline anyway
   */
  public List<Finding> check(Map<String, String> generated, FailOn failOn) {
    List<Finding> findings = new ArrayList<>();
    if (notADirectory("read", findings)) {
      return findings;
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = dir.resolve(file.getKey());
      String shown = shown(file.getKey());
      try {
        Optional<byte[]> checkedIn = AllOrNothingWrites.bytesOf(path);
        if (checkedIn.isEmpty()) {
          findings.add(Finding.error(String.format(ReviewedMessages.DOCS_MISSING, shown, acceptCommand)));
        } else if (!asWritten(checkedIn.get()).equals(file.getValue())) {
          findings.add(new Finding(failOn.levelOf(false), -1, String.format(ReviewedMessages.DOCS_STALE, shown,
              firstDifferentLine(asWritten(checkedIn.get()), file.getValue()), acceptCommand)));
        }
      } catch (IOException e) {
        findings.add(Finding.error(String.format(ReviewedMessages.CHECKED_IN_FILE_FAILED, "read", shown,
            FileProblem.of(path, e))));
      }
    }
    return findings;
  }

  /** Plans writing every generated file into the directory. */
  List<Finding> plan(Map<String, String> generated, AllOrNothingWrites writes) {
    List<Finding> findings = new ArrayList<>();
    if (notADirectory("write", findings)) {
      return findings;
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = dir.resolve(file.getKey());
      writes.add(path, shown(file.getKey()), file.getValue(), styleOf(path));
      findings.add(Finding.note(String.format(ReviewedMessages.DOCS_WRITTEN, shown(file.getKey()))));
    }
    return findings;
  }

  /** Adds the one finding for a directory that something else is in the way of; whether there was one. */
  private boolean notADirectory(String verb, List<Finding> findings) {
    Optional<String> problem = FileProblem.notADirectory(dir);
    problem.ifPresent(why -> findings.add(Finding.error(String.format(ReviewedMessages.CHECKED_IN_FILE_FAILED, verb,
        shownAs, why))));
    return problem.isPresent();
  }

  /**
   * The file's bytes, for its line ends and byte order mark; none when it cannot be read, since
   * then it cannot be written either, and the all-or-nothing write says so and writes nothing.
   */
  private static Optional<byte[]> styleOf(Path file) {
    try {
      return AllOrNothingWrites.bytesOf(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private String shown(String fileName) {
    return shownAs.endsWith("/") ? shownAs + fileName : shownAs + "/" + fileName;
  }

  /** A checked-in file's text as snpgate wrote it: UTF-8, {@code \n} line ends, no byte order mark. */
  private static String asWritten(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static int firstDifferentLine(String a, String b) {
    String[] left = a.split("\n", -1);
    String[] right = b.split("\n", -1);
    int line = 0;
    while (line < left.length && line < right.length && left[line].equals(right[line])) {
      line++;
    }
    return line + 1;
  }
}
