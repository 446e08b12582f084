package dev.snpgate.processor.checkedin;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked-in docs of a guest against what the build generates, byte for byte; in update mode,
 * writes them. Only update mode writes, and only into the docs directory.
 */
public final class DocsFiles {

  private DocsFiles() {}

  /**
   * @param dir the checked-in docs directory
   * @param shownAs the directory as the build configured it, for messages
   * @param generated file name to content, as this build generates them
   */
  public static List<Finding> run(Path dir, String shownAs, Map<String, String> generated, boolean update,
      String acceptCommand) {
    List<Finding> findings = new ArrayList<>();
    Optional<String> notADirectory = FileProblem.notADirectory(dir);
    if (notADirectory.isPresent()) {
      findings.add(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, update ? "write" : "read", shownAs,
          notADirectory.get())));
      return findings;
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = dir.resolve(file.getKey());
      String shown = shownAs.endsWith("/") ? shownAs + file.getKey() : shownAs + "/" + file.getKey();
      try {
        if (update) {
          Files.createDirectories(dir);
          Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
          findings.add(Finding.note(String.format(Messages.DOCS_WRITTEN, shown)));
          continue;
        }
        String checkedIn = Files.readString(path, StandardCharsets.UTF_8);
        if (!checkedIn.equals(file.getValue())) {
          findings.add(Finding.error(String.format(Messages.DOCS_STALE, shown,
              firstDifferentLine(checkedIn, file.getValue()), acceptCommand)));
        }
      } catch (NoSuchFileException e) {
        findings.add(Finding.error(String.format(Messages.DOCS_MISSING, shown, acceptCommand)));
      } catch (IOException e) {
        findings.add(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, update ? "write" : "read",
            shown, FileProblem.of(path, e))));
      }
    }
    return findings;
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
