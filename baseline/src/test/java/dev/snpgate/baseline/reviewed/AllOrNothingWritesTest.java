package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllOrNothingWritesTest {

  @TempDir
  Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).sorted().toList();
    }
  }

  @Test
  void aFailedMoveAfterOthersPutsEveryFileBackAndLeavesNoTemporaryFile() throws IOException {
    Files.writeString(dir.resolve("baseline.txt"), "old baseline\n");
    Files.createDirectories(dir.resolve("docs/behavior.rst/in-the-way"));
    AllOrNothingWrites writes = new AllOrNothingWrites();
    writes.add(dir.resolve("baseline.txt"), "baseline.txt", "new\n", AllOrNothingWrites.bytesOf(dir.resolve("baseline.txt")));
    writes.add(dir.resolve("docs/behavior.md"), "docs/behavior.md", "md\n", Optional.empty());
    writes.add(dir.resolve("docs/behavior.rst"), "docs/behavior.rst", "rst\n", Optional.empty());
    Optional<Finding> failure = writes.commit();
    assertTrue(failure.isPresent());
    assertTrue(failure.get().message().startsWith("snpgate cannot write docs/behavior.rst (it is a directory, not a"
        + " file), so it wrote none of the baseline and docs"), failure.get().message());
    assertEquals("old baseline\n", Files.readString(dir.resolve("baseline.txt")));
    assertEquals(List.of("baseline.txt"), files());
  }

  /** A new file gets what any file created here gets (never owner-only); an existing one keeps its own. */
  @Test
  void filesKeepThePermissionsTheTeamCanRead() throws IOException {
    Path existing = Files.writeString(dir.resolve("baseline.txt"), "old\n");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
    Path plain = Files.createFile(dir.resolve("plain"));
    AllOrNothingWrites writes = new AllOrNothingWrites();
    writes.add(existing, "baseline.txt", "new\n", AllOrNothingWrites.bytesOf(existing));
    writes.add(dir.resolve("behavior.md"), "behavior.md", "md\n", Optional.empty());
    assertTrue(writes.commit().isEmpty());
    assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(existing));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("behavior.md")));
    assertEquals("new\n", Files.readString(existing));
  }

  @Test
  void aFileKeepsItsLineEndsAndByteOrderMark() {
    assertEquals("a\r\nb\r\n", new String(AllOrNothingWrites.inTheStyleOf(Optional.of("x\r\n".getBytes(StandardCharsets.UTF_8)), "a\nb\n"), StandardCharsets.UTF_8));
    assertEquals("\uFEFFa\n", new String(AllOrNothingWrites.inTheStyleOf(Optional.of("\uFEFFx\n".getBytes(
        StandardCharsets.UTF_8)), "a\n"), StandardCharsets.UTF_8));
    assertEquals("a\n", new String(AllOrNothingWrites.inTheStyleOf(Optional.empty(), "a\n"), StandardCharsets.UTF_8));
  }
}
