package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.baseline.BaselineFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewedBaselineTest {

  private static final String NOW = "IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\n";
  private static final String WITH_TSC = "IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000800\n"
      + "bit 11 SecureTSC IMPL_REQUIRED present g.Tsc@com.example:tsc\n";

  @TempDir
  Path dir;

  private static Finding fileFailed(String verb, String shownAs, String why) {
    return Finding.error(String.format(ReviewedMessages.CHECKED_IN_FILE_FAILED, verb, shownAs, why));
  }

  private static Finding unreadable(int line, String problem) {
    return Finding.error(String.format(ReviewedMessages.BASELINE_UNREADABLE, "b.txt", line, problem, "accept"));
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String) {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private ReviewedBaseline file(String name) {
    return new ReviewedBaseline(dir.resolve(name), name, "accept");
  }

  private List<Finding> check(String name, String now) {
    return file(name).check(BaselineFormat.parse(now), className -> false, FailOn.ANY);
  }

  private List<Finding> accept(String name, String now) {
    return new ReviewedFiles(Optional.of(file(name)), Optional.empty()).accept(now, Map.of());
  }

  @Test
  void aBaselinePathThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectories(dir.resolve("b.txt"));
    assertEquals(List.of(fileFailed("write", "b.txt", "it is a directory, not a file")), accept("b.txt", NOW));
    assertEquals(List.of(fileFailed("read", "b.txt", "it is a directory, not a file")), check("b.txt", NOW));
  }

  @Test
  void aBaselinePathThatIsASymbolicLinkLoopIsSaidInWords() throws IOException {
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("c.txt"));
    Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("b.txt"));
    assertEquals(List.of(fileFailed("read", "b.txt", "it is a symbolic link loop")), check("b.txt", NOW));
    assertEquals(List.of(fileFailed("write", "b.txt", "it is a symbolic link loop")), accept("b.txt", NOW));
  }

  @Test
  void aBaselineUnderAFileNamesThatFile() throws IOException {
    Files.writeString(dir.resolve("config"), "a file");
    String why = dir.resolve("config") + " is a file, not a directory";
    assertEquals(List.of(fileFailed("read", "config/b.txt", why)), check("config/b.txt", NOW));
    assertEquals(List.of(fileFailed("write", "config/b.txt", why)), accept("config/b.txt", NOW));
  }

  /** Checks a checked-in baseline of these bytes against {@link #NOW}. */
  private List<Finding> check(byte[] checkedIn) throws IOException {
    Files.write(dir.resolve("b.txt"), checkedIn);
    return check("b.txt", NOW);
  }

  @Test
  void aLeadingUtf8ByteOrderMarkIsAcceptedSilently() throws IOException {
    assertEquals(List.of(), check(bytes(0xef, 0xbb, 0xbf, NOW)));
  }

  @Test
  void aByteThatIsNotUtf8NamesItsLineAndColumn() throws IOException {
    assertEquals(List.of(unreadable(3, "the byte 0xe9 in column 6 is not UTF-8; save the file as UTF-8")),
        check(bytes(NOW, "# caf", 0xe9, "\n")));
  }

  @Test
  void theColumnOfABadByteOnTheFirstLineDoesNotCountTheByteOrderMark() throws IOException {
    assertEquals(List.of(unreadable(1, "the byte 0xff in column 10 is not UTF-8; save the file as UTF-8")),
        check(bytes(0xef, 0xbb, 0xbf, "IMPL_REQ ", 0xff, "\n")));
  }

  @Test
  void theColumnCountsCharactersNotBytes() throws IOException {
    assertEquals(List.of(unreadable(3, "the byte 0xc3 in column 5 is not UTF-8; save the file as UTF-8")),
        check(bytes(NOW, "# \u00e9\u00e9", 0xc3, "x\n")));
  }

  @Test
  void acceptCreatesMissingDirectories() throws IOException {
    List<Finding> written = accept("a/b/c.txt", NOW);
    assertEquals(List.of(Finding.note(String.format(ReviewedMessages.BASELINE_WRITTEN, "a/b/c.txt",
        "0x0000000000000000", "0x0000000000000000"))), written);
    assertEquals(NOW, Files.readString(dir.resolve("a/b/c.txt")));
    assertEquals(List.of(), check("a/b/c.txt", NOW));
  }

  @Test
  void acceptNamesRequiredOnlyForAGuestThatRequiresSomething() throws IOException {
    String requiresSnp = NOW + "REQUIRED 0x0000000000000004\n";
    assertEquals(List.of(Finding.note(String.format(ReviewedMessages.BASELINE_WRITTEN_REQUIRED, "b.txt",
        "0x0000000000000000", "0x0000000000000000", "0x0000000000000004"))), accept("b.txt", requiresSnp));
    assertEquals("snpgate wrote the baseline b.txt: IMPL_REQ 0x0000000000000000, PRESENT 0x0000000000000000,"
        + " REQUIRED 0x0000000000000004", accept("b.txt", requiresSnp).get(0).message());
    assertEquals(List.of(), check("b.txt", requiresSnp));
  }

  @Test
  void failingOnMasksFailsOnAChangedRequirementAlone() throws IOException {
    Files.writeString(dir.resolve("b.txt"), NOW);
    List<Finding> findings = file("b.txt").check(BaselineFormat.parse(NOW + "REQUIRED 0x0000000000000004\n"),
        className -> false, FailOn.MASKS);
    assertEquals(List.of(new Finding(Finding.Level.ERROR, 2, String.format(ReviewedMessages.BASELINE_DRIFT, "breaking",
        "REQUIRED gained bit 2 SEV-SNP: this guest will now refuse to run without SEV-SNP", "accept"))), findings);
  }

  @Test
  void acceptNeverReplacesABaselineWithAMergeConflictAndNamesItsLine() throws IOException {
    byte[] conflicted = bytes("<<<<<<< HEAD\n", NOW, "=======\n", WITH_TSC, ">>>>>>> feature\n");
    Files.write(dir.resolve("b.txt"), conflicted);
    assertEquals(List.of(Finding.error(String.format(ReviewedMessages.BASELINE_NOT_REPLACED, "b.txt", 1,
        "'<<<<<<<' is not IMPL_REQ, PRESENT, REQUIRED or bit"))), accept("b.txt", WITH_TSC));
    assertArrayEquals(conflicted, Files.readAllBytes(dir.resolve("b.txt")));
  }

  @Test
  void aLostBitWhoseClassIsStillOnTheClassPathSaysSoInsteadOfInvitingAccept() throws IOException {
    Files.writeString(dir.resolve("b.txt"), WITH_TSC);
    List<Finding> findings = file("b.txt").check(BaselineFormat.parse(NOW), "g.Tsc"::equals, FailOn.ANY);
    assertEquals(List.of(new Finding(Finding.Level.ERROR, 11, String.format(ReviewedMessages.FEATURE_NOT_CONTRIBUTED, 11,
        "SecureTSC", "g.Tsc"))), findings);
    String gone = check("b.txt", NOW).get(0).message();
    assertTrue(gone.startsWith("snpgate baseline drift (same hosts accepted): PRESENT lost bit 11"), gone);
  }

  @Test
  void failingOnMasksOnlyTurnsAMovedClassIntoAWarningButNotANewBit() throws IOException {
    Files.writeString(dir.resolve("b.txt"), WITH_TSC);
    String moved = WITH_TSC.replace("g.Tsc@com.example:tsc", "g.time.Tsc");
    assertEquals(List.of(Finding.Level.WARNING), levels(file("b.txt").check(BaselineFormat.parse(moved),
        className -> false, FailOn.MASKS)));
    assertEquals(List.of(Finding.Level.ERROR), levels(file("b.txt").check(BaselineFormat.parse(moved),
        className -> false, FailOn.ANY)));
    String newBit = moved.replace("PRESENT 0x0000000000000800", "PRESENT 0x0000000000001800")
        + "bit 12 VMGExitParam IMPL_REQUIRED present g.Vmg\n";
    assertEquals(List.of(Finding.Level.WARNING, Finding.Level.ERROR), levels(file("b.txt").check(
        BaselineFormat.parse(newBit), className -> false, FailOn.MASKS)));
  }

  private static List<Finding.Level> levels(List<Finding> findings) {
    return findings.stream().map(Finding::level).toList();
  }
}
