package dev.snpgate.cli.manifest;

import dev.snpgate.cli.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The bytes of a manifest, from a {@code features.json} or from a jar (any zip) that holds {@link
 * Manifest#PATH}, told apart by the zip signature rather than by the file name.
 */
final class ManifestFile {

  /** Far above any manifest (about 20 KiB): a bigger file is something else, not read whole. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

  private ManifestFile() {}

  /**
   * @throws BadInputException naming the file and, in words, why it cannot be read
   */
  static byte[] read(Path path) {
    if (Files.isDirectory(path)) {
      throw unusable(path, "it is a directory; give the guest's features.json or its jar");
    }
    try {
      if (isZip(path)) {
        return fromJar(path);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return limited(path, in, "it");
      }
    } catch (NoSuchFileException e) {
      throw unusable(path, "there is no such file");
    } catch (AccessDeniedException e) {
      throw unusable(path, "permission denied");
    } catch (IOException e) {
      throw unusable(path, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  private static boolean isZip(Path path) throws IOException {
    byte[] start = new byte[ZIP_SIGNATURE.length];
    try (InputStream in = Files.newInputStream(path)) {
      int read = in.readNBytes(start, 0, start.length);
      if (read < start.length) {
        return false;
      }
    }
    for (int i = 0; i < start.length; i++) {
      if (start[i] != ZIP_SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] fromJar(Path path) throws IOException {
    try (ZipFile jar = new ZipFile(path.toFile())) {
      ZipEntry entry = jar.getEntry(Manifest.PATH);
      if (entry == null || entry.isDirectory()) {
        throw unusable(path, "the jar has no " + Manifest.PATH
            + ": it is not a guest built with the snpgate processor");
      }
      try (InputStream in = jar.getInputStream(entry)) {
        return limited(path, in, "its " + Manifest.PATH);
      }
    } catch (ZipException e) {
      throw unusable(path, "it starts like a jar but is not a readable one (" + e.getMessage() + ")");
    }
  }

  /** Reads at most {@link #MAX_BYTES}: a device or a huge file must not exhaust the heap. */
  private static byte[] limited(Path path, InputStream in, String what) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw unusable(path, what + " is larger than " + MAX_BYTES + " bytes, so not a manifest");
    }
    return bytes;
  }

  static BadInputException unusable(Path path, String why) {
    return new BadInputException("cannot use manifest " + path + ": " + why);
  }
}
