package dev.snpgate.processor.checkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCheckUnitTest {

  private static final String NOW = "IMPL_REQ 0x0\nPRESENT 0x0\n";

  @TempDir
  Path dir;

  @Test
  void aBaselinePathThatIsADirectoryCannotBeWrittenOrRead() throws IOException {
    Files.createDirectories(dir.resolve("b.txt"));
    List<Finding> written = BaselineCheck.run(dir.resolve("b.txt"), "b.txt", NOW, true, "accept");
    assertEquals(1, written.size());
    assertTrue(written.get(0).error() && written.get(0).message().startsWith("snpgate cannot write b.txt ("),
        written.toString());
    List<Finding> read = BaselineCheck.run(dir.resolve("b.txt"), "b.txt", NOW, false, "accept");
    assertTrue(read.get(0).error() && read.get(0).message().startsWith("snpgate cannot read b.txt ("), read.toString());
  }

  @Test
  void updateCreatesMissingDirectories() throws IOException {
    List<Finding> written = BaselineCheck.run(dir.resolve("a/b/c.txt"), "a/b/c.txt", NOW, true, "accept");
    assertEquals(false, written.get(0).error());
    assertEquals(NOW, Files.readString(dir.resolve("a/b/c.txt")));
    assertEquals(List.of(), BaselineCheck.run(dir.resolve("a/b/c.txt"), "a/b/c.txt", NOW, false, "accept"));
  }
}
