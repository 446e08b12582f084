package dev.snpgate.processor.checkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsFilesTest {

  private static final Map<String, String> GENERATED = new TreeMap<>(Map.of("a.md", "one\ntwo\n", "b.rst", "x\n"));

  @TempDir
  Path dir;

  @Test
  void updateWritesEveryFileAndSaysSo() throws IOException {
    List<Finding> findings = DocsFiles.run(dir.resolve("docs"), "docs", GENERATED, true, "accept");
    assertEquals(List.of(Finding.note(String.format(Messages.DOCS_WRITTEN, "docs/a.md")),
        Finding.note(String.format(Messages.DOCS_WRITTEN, "docs/b.rst"))), findings);
    assertEquals("one\ntwo\n", Files.readString(dir.resolve("docs/a.md")));
    assertEquals(List.of(), DocsFiles.run(dir.resolve("docs"), "docs/", GENERATED, false, "accept"));
  }

  @Test
  void staleAndMissingFilesAreErrorsWithTheAcceptCommand() throws IOException {
    Files.writeString(dir.resolve("a.md"), "one\nTWO\n");
    List<Finding> findings = DocsFiles.run(dir, "d", GENERATED, false, "accept");
    assertEquals(List.of(Finding.error(String.format(Messages.DOCS_STALE, "d/a.md", 2, "accept")),
        Finding.error(String.format(Messages.DOCS_MISSING, "d/b.rst", "accept"))), findings);
  }

  @Test
  void firstDifferentLine() {
    assertEquals(1, DocsFiles.firstDifferentLine("a\nb", "x\nb"));
    assertEquals(3, DocsFiles.firstDifferentLine("a\nb\n", "a\nb\nc"));
    assertEquals(3, DocsFiles.firstDifferentLine("a\nb\nc", "a\nb\n"));
  }

  @Test
  void firstDifferentLineWhenOneIsAPrefixOfTheOther() {
    assertEquals(2, DocsFiles.firstDifferentLine("a", "a\nb"));
    assertEquals(2, DocsFiles.firstDifferentLine("a\nb", "a"));
  }

  @Test
  void aDocsDirectoryThatIsAFileIsOneFindingInWords() throws IOException {
    Files.writeString(dir.resolve("docs"), "a file");
    assertEquals(List.of(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "write", "docs",
        "it is a file, not a directory"))), DocsFiles.run(dir.resolve("docs"), "docs", GENERATED, true, "accept"));
    assertEquals(List.of(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "read", "docs",
        "it is a file, not a directory"))), DocsFiles.run(dir.resolve("docs"), "docs", GENERATED, false, "accept"));
  }

  @Test
  void aDocsDirectoryThatIsASymbolicLinkLoopIsOneFindingInWords() throws IOException {
    Files.createSymbolicLink(dir.resolve("docs"), dir.resolve("other"));
    Files.createSymbolicLink(dir.resolve("other"), dir.resolve("docs"));
    assertEquals(List.of(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "read", "docs",
        "it is a symbolic link loop"))), DocsFiles.run(dir.resolve("docs"), "docs", GENERATED, false, "accept"));
  }

  @Test
  void aDocsFileThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectories(dir.resolve("docs/a.md"));
    Files.writeString(dir.resolve("docs/b.rst"), "x\n");
    assertEquals(List.of(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "read", "docs/a.md",
        "it is a directory, not a file"))), DocsFiles.run(dir.resolve("docs"), "docs", GENERATED, false, "accept"));
  }
}
