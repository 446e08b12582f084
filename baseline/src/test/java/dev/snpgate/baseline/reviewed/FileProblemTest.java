package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File problems said in words: what the user can act on, never an exception's class name. */
class FileProblemTest {

  @TempDir
  Path dir;

  @Test
  void permissionDenied() {
    // Tests run as root, where no file is unreadable: the exception is the only way to get here.
    Path file = dir.resolve("b.txt");
    assertEquals("permission denied", FileProblem.of(file, new AccessDeniedException(file.toString())));
  }

  @Test
  void missingFile() {
    Path file = dir.resolve("b.txt");
    assertEquals("it does not exist", FileProblem.of(file, new NoSuchFileException(file.toString())));
  }

  @Test
  void textThatIsNotUtf8() {
    assertEquals("it is not UTF-8 text", FileProblem.of(dir.resolve("b.txt"), new MalformedInputException(1)));
  }

  @Test
  void anyOtherProblemIsItsReasonWithoutTheExceptionsClassOrPath() {
    Path file = dir.resolve("b.txt");
    assertEquals("Input/output error",
        FileProblem.of(file, new FileSystemException(file.toString(), null, "Input/output error")));
    assertEquals("Is a directory", FileProblem.of(file, new IOException("Is a directory")));
    assertEquals("an input/output error", FileProblem.of(file, new IOException()));
  }
}
