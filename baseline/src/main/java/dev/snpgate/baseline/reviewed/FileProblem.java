package dev.snpgate.baseline.reviewed;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a file could not be read or written, in words a user acts on ("it is a directory, not a
 * file"), never an exception's class name. Told from the file system as it is after the failure,
 * because the exception alone does not say it: reading a directory fails with a bare
 * {@code IOException}, and the reasons the JDK gives are the C library's, which may be translated.
 */
public final class FileProblem {

  private FileProblem() {}

  /**
   * @param path the file that could not be read or written
   * @param failure what reading or writing it threw
   * @return the reason, to follow "cannot read FILE" or "cannot write FILE"
   */
  public static String of(Path path, IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    Optional<String> notAFile = notAFile(path);
    if (notAFile.isPresent()) {
      return notAFile.get();
    }
    Path absolute = path.toAbsolutePath();
    Optional<String> inTheWay = inTheWay(absolute.getParent(), absolute);
    if (inTheWay.isPresent()) {
      return inTheWay.get();
    }
    if (failure instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (failure instanceof CharacterCodingException) {
      return "it is not UTF-8 text";
    }
    String reason = failure instanceof FileSystemException ? ((FileSystemException) failure).getReason()
        : failure.getMessage();
    return reason == null || reason.isBlank() ? "an input/output error" : reason;
  }

  /**
   * What keeps {@code dir}, or a directory above it, from being a directory: a file or a symbolic
   * link loop in its place. Empty when nothing does (it may still not exist).
   */
  public static Optional<String> notADirectory(Path dir) {
    return inTheWay(dir.toAbsolutePath(), dir.toAbsolutePath());
  }

  /** A file or link loop at {@code dir} (may be null) or above, called "it" when it is {@code subject}. */
  private static Optional<String> inTheWay(Path dir, Path subject) {
    for (Path at = dir; at != null; at = at.getParent()) {
      String it = at.equals(subject) ? "it" : at.toString();
      if (isLinkLoop(at)) {
        return Optional.of(it + " is a symbolic link loop");
      }
      if (Files.exists(at) && !Files.isDirectory(at)) {
        return Optional.of(it + " is a file, not a directory");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> notAFile(Path path) {
    if (isLinkLoop(path)) {
      return Optional.of("it is a symbolic link loop");
    }
    if (Files.isDirectory(path)) {
      return Optional.of("it is a directory, not a file");
    }
    return Optional.empty();
  }

  /** A link whose target can be told neither to exist nor not to: following it never ends. */
  private static boolean isLinkLoop(Path path) {
    return Files.isSymbolicLink(path) && !Files.exists(path) && !Files.notExists(path);
  }
}
