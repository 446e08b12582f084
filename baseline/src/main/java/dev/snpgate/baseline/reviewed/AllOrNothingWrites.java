package dev.snpgate.baseline.reviewed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files an accept writes, written all or not at all: each goes to a temporary file beside its
 * target, and only when every one is ready are they moved into place (atomically where the file
 * system allows). A move that fails puts back the files already moved, so a reviewer never sees half
 * an accept, nor a truncated baseline from an interrupted write. A file that exists keeps its line
 * endings (CRLF from a Windows checkout) and its UTF-8 byte order mark, so the diff shows only what
 * changed.
 */
public final class AllOrNothingWrites {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
  private static final String TEMPORARY_SUFFIX = ".snpgate-tmp";

  /** One file to write: where, as messages name it, its new bytes, and its bytes before (empty: absent). */
  private record Planned(Path target, String shownAs, byte[] content, Optional<byte[]> before) {}

  private final List<Planned> planned = new ArrayList<>();

  /**
   * Plans to write {@code text} (with {@code \n} line ends) to {@code target}.
   *
   * @param before the file's bytes now, empty when it does not exist
   */
  void add(Path target, String shownAs, String text, Optional<byte[]> before) {
    planned.add(new Planned(target, shownAs, inTheStyleOf(before, text), before));
  }

  /** Writes every planned file, or none; empty when all were written, else why none was. */
  Optional<Finding> commit() {
    List<Path> temporaries = new ArrayList<>();
    Planned current = null;
    try {
      for (Planned file : planned) {
        current = file;
        Files.createDirectories(file.target().toAbsolutePath().getParent());
        Path temporary = temporaryBeside(file.target());
        temporaries.add(temporary);
        Files.write(temporary, file.content());
      }
    } catch (IOException e) {
      deleteQuietly(temporaries);
      return Optional.of(failed(current, e));
    }
    List<Planned> moved = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      Planned file = planned.get(i);
      try {
        moveIntoPlace(temporaries.get(i), file.target());
        moved.add(file);
      } catch (IOException e) {
        deleteQuietly(temporaries);
        putBack(moved);
        return Optional.of(failed(file, e));
      }
    }
    return Optional.empty();
  }

  private static Finding failed(Planned file, IOException e) {
    return Finding.error(String.format(ReviewedMessages.NOTHING_WRITTEN, file.shownAs(),
        FileProblem.of(file.target(), e)));
  }

  /**
   * A new, empty file beside {@code target} with the permissions the file will keep: the target's
   * own when it exists, else those of any file created there (a temporary file's owner-only
   * permissions would make a reviewed baseline unreadable to the rest of the team).
   */
  private static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      Path temporary = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + System.nanoTime() + "-" + attempt + TEMPORARY_SUFFIX);
      try {
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      return temporary;
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Restores the files already moved into place to what they were: their bytes, or absent. */
  private static void putBack(List<Planned> moved) {
    for (Planned file : moved) {
      try {
        if (file.before().isEmpty()) {
          Files.deleteIfExists(file.target());
        } else {
          Path temporary = temporaryBeside(file.target());
          Files.write(temporary, file.before().get());
          moveIntoPlace(temporary, file.target());
        }
      } catch (IOException e) {
        // The file system just refused a write in this directory; nothing better remains to try.
      }
    }
  }

  private static void deleteQuietly(List<Path> temporaries) {
    for (Path temporary : temporaries) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // A leftover temporary file is named .<target>*.snpgate-tmp; it changes no reviewed file.
      }
    }
  }

  /** {@code text} in UTF-8 with the line ends and byte order mark of the file it replaces. */
  static byte[] inTheStyleOf(Optional<byte[]> before, String text) {
    String existing = before.map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
    String lines = existing.contains("\r\n") ? text.replace("\n", "\r\n") : text;
    byte[] content = lines.getBytes(StandardCharsets.UTF_8);
    if (before.isEmpty() || !startsWithByteOrderMark(before.get())) {
      return content;
    }
    byte[] marked = Arrays.copyOf(BYTE_ORDER_MARK, BYTE_ORDER_MARK.length + content.length);
    System.arraycopy(content, 0, marked, BYTE_ORDER_MARK.length, content.length);
    return marked;
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= BYTE_ORDER_MARK.length
        && Arrays.equals(Arrays.copyOf(bytes, BYTE_ORDER_MARK.length), BYTE_ORDER_MARK);
  }

  /** The bytes of {@code file}, empty when it does not exist. */
  static Optional<byte[]> bytesOf(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
