package dev.snpgate.processor.checkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.reporting.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

  private static final String NOW = "IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\n";

  @TempDir
  Path dir;

  private static Finding fileFailed(String verb, String shownAs, String why) {
    return Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, verb, shownAs, why));
  }

  private static Finding unreadable(String problem) {
    return Finding.error(String.format(Messages.BASELINE_UNREADABLE, "b.txt", problem, "accept"));
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

  @Test
  void aBaselinePathThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectories(dir.resolve("b.txt"));
    assertEquals(List.of(fileFailed("write", "b.txt", "it is a directory, not a file")),
        BaselineFile.run(dir.resolve("b.txt"), "b.txt", NOW, true, "accept"));
    assertEquals(List.of(fileFailed("read", "b.txt", "it is a directory, not a file")),
        BaselineFile.run(dir.resolve("b.txt"), "b.txt", NOW, false, "accept"));
  }

  @Test
  void aBaselinePathThatIsASymbolicLinkLoopIsSaidInWords() throws IOException {
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("c.txt"));
    Files.createSymbolicLink(dir.resolve("c.txt"), dir.resolve("b.txt"));
    assertEquals(List.of(fileFailed("read", "b.txt", "it is a symbolic link loop")),
        BaselineFile.run(dir.resolve("b.txt"), "b.txt", NOW, false, "accept"));
    assertEquals(List.of(fileFailed("write", "b.txt", "it is a symbolic link loop")),
        BaselineFile.run(dir.resolve("b.txt"), "b.txt", NOW, true, "accept"));
  }

  @Test
  void aBaselineUnderAFileNamesThatFile() throws IOException {
    Files.writeString(dir.resolve("config"), "a file");
    String why = dir.resolve("config") + " is a file, not a directory";
    assertEquals(List.of(fileFailed("read", "config/b.txt", why)),
        BaselineFile.run(dir.resolve("config/b.txt"), "config/b.txt", NOW, false, "accept"));
    assertEquals(List.of(fileFailed("write", "config/b.txt", why)),
        BaselineFile.run(dir.resolve("config/b.txt"), "config/b.txt", NOW, true, "accept"));
  }

  /** Checks a checked-in baseline of these bytes against {@link #NOW}. */
  private List<Finding> check(byte[] checkedIn) throws IOException {
    Files.write(dir.resolve("b.txt"), checkedIn);
    return BaselineFile.run(dir.resolve("b.txt"), "b.txt", NOW, false, "accept");
  }

  @Test
  void aLeadingUtf8ByteOrderMarkIsAcceptedSilently() throws IOException {
    assertEquals(List.of(), check(bytes(0xef, 0xbb, 0xbf, NOW)));
  }

  @Test
  void aByteThatIsNotUtf8NamesItsLineAndColumn() throws IOException {
    assertEquals(List.of(unreadable("line 3: the byte 0xe9 in column 6 is not UTF-8; save the file as UTF-8")),
        check(bytes(NOW, "# caf", 0xe9, "\n")));
  }

  @Test
  void theColumnOfABadByteOnTheFirstLineDoesNotCountTheByteOrderMark() throws IOException {
    assertEquals(List.of(unreadable("line 1: the byte 0xff in column 10 is not UTF-8; save the file as UTF-8")),
        check(bytes(0xef, 0xbb, 0xbf, "IMPL_REQ ", 0xff, "\n")));
  }

  @Test
  void theColumnCountsCharactersNotBytes() throws IOException {
    assertEquals(List.of(unreadable("line 3: the byte 0xc3 in column 5 is not UTF-8; save the file as UTF-8")),
        check(bytes(NOW, "# \u00e9\u00e9", 0xc3, "x\n")));
  }

  @Test
  void updateCreatesMissingDirectories() throws IOException {
    List<Finding> written = BaselineFile.run(dir.resolve("a/b/c.txt"), "a/b/c.txt", NOW, true, "accept");
    assertEquals(false, written.get(0).error());
    assertEquals(NOW, Files.readString(dir.resolve("a/b/c.txt")));
    assertEquals(List.of(), BaselineFile.run(dir.resolve("a/b/c.txt"), "a/b/c.txt", NOW, false, "accept"));
  }
}
