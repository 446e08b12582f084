package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedDocsTest {

  private static final Map<String, String> GENERATED = new TreeMap<>(Map.of("a.md", "one\ntwo\n", "b.rst", "x\n"));

  @TempDir
  Path dir;

  private ReviewedDocs docs(String name, String shownAs) {
    return new ReviewedDocs(dir.resolve(name), shownAs, "accept");
  }

  private static List<Finding> accept(ReviewedDocs docs) {
    return new ReviewedFiles(Optional.empty(), Optional.of(docs)).accept("", GENERATED);
  }

  private static Finding failed(String verb, String shown, String why) {
    return Finding.error(String.format(ReviewedMessages.CHECKED_IN_FILE_FAILED, verb, shown, why));
  }

  @Test
  void acceptWritesEveryFileAndSaysSo() throws IOException {
    assertEquals(List.of(Finding.note(String.format(ReviewedMessages.DOCS_WRITTEN, "docs/a.md")),
        Finding.note(String.format(ReviewedMessages.DOCS_WRITTEN, "docs/b.rst"))), accept(docs("docs", "docs")));
    assertEquals("one\ntwo\n", Files.readString(dir.resolve("docs/a.md")));
    assertEquals(List.of(), docs("docs", "docs/").check(GENERATED, FailOn.ANY));
  }

  @Test
  void staleAndMissingFilesAreErrorsWithTheAcceptCommand() throws IOException {
    Files.writeString(dir.resolve("a.md"), "one\nTWO\n");
    assertEquals(List.of(Finding.error(String.format(ReviewedMessages.DOCS_STALE, "d/a.md", 2, "accept")),
        Finding.error(String.format(ReviewedMessages.DOCS_MISSING, "d/b.rst", "accept"))), docs(".", "d").check(GENERATED, FailOn.ANY));
  }

  @Test
  void aCrlfCheckoutWithAByteOrderMarkIsNotStaleAndAcceptKeepsBoth() throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/a.md"), "\uFEFFone\r\nold\r\n");
    Files.writeString(dir.resolve("docs/b.rst"), "x\r\n");
    assertEquals(List.of(Finding.error(String.format(ReviewedMessages.DOCS_STALE, "docs/a.md", 2, "accept"))),
        docs("docs", "docs").check(GENERATED, FailOn.ANY));
    accept(docs("docs", "docs"));
    assertEquals("\uFEFFone\r\ntwo\r\n", Files.readString(dir.resolve("docs/a.md")));
    assertEquals(List.of(), docs("docs", "docs").check(GENERATED, FailOn.ANY));
  }

  @Test
  void firstDifferentLine() {
    assertEquals(1, ReviewedDocs.firstDifferentLine("a\nb", "x\nb"));
    assertEquals(3, ReviewedDocs.firstDifferentLine("a\nb\n", "a\nb\nc"));
    assertEquals(3, ReviewedDocs.firstDifferentLine("a\nb\nc", "a\nb\n"));
  }

  @Test
  void firstDifferentLineWhenOneIsAPrefixOfTheOther() {
    assertEquals(2, ReviewedDocs.firstDifferentLine("a", "a\nb"));
    assertEquals(2, ReviewedDocs.firstDifferentLine("a\nb", "a"));
  }

  @Test
  void aDocsDirectoryThatIsAFileIsOneFindingInWords() throws IOException {
    Files.writeString(dir.resolve("docs"), "a file");
    assertEquals(List.of(failed("read", "docs", "it is a file, not a directory")), docs("docs", "docs").check(GENERATED, FailOn.ANY));
    assertEquals(List.of(failed("write", "docs", "it is a file, not a directory")), accept(docs("docs", "docs")));
  }

  @Test
  void aDocsDirectoryThatIsASymbolicLinkLoopIsOneFindingInWords() throws IOException {
    Files.createSymbolicLink(dir.resolve("docs"), dir.resolve("other"));
    Files.createSymbolicLink(dir.resolve("other"), dir.resolve("docs"));
    assertEquals(List.of(failed("read", "docs", "it is a symbolic link loop")), docs("docs", "docs").check(GENERATED, FailOn.ANY));
  }

  @Test
  void aDocsFileThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectories(dir.resolve("docs/a.md"));
    Files.writeString(dir.resolve("docs/b.rst"), "x\n");
    assertEquals(List.of(failed("read", "docs/a.md", "it is a directory, not a file")),
        docs("docs", "docs").check(GENERATED, FailOn.ANY));
  }

  @Test
  void aDocsFileThatIsADirectoryFailsTheAcceptWhichWritesNothing() throws IOException {
    Files.createDirectories(dir.resolve("docs/b.rst"));
    List<Finding> findings = accept(docs("docs", "docs"));
    assertEquals(List.of(Finding.error(String.format(ReviewedMessages.NOTHING_WRITTEN, "docs/b.rst",
        "it is a directory, not a file"))), findings);
    assertEquals(false, Files.exists(dir.resolve("docs/a.md")));
  }

  @Test
  void staleDocsWarnWhenOnlyMaskChangesFail() throws IOException {
    Files.writeString(dir.resolve("a.md"), "one\nTWO\n");
    Files.writeString(dir.resolve("b.rst"), "x\n");
    assertEquals(List.of(new Finding(Finding.Level.WARNING, -1, String.format(ReviewedMessages.DOCS_STALE, "d/a.md", 2,
        "accept"))), docs(".", "d").check(GENERATED, FailOn.MASKS));
  }
}
