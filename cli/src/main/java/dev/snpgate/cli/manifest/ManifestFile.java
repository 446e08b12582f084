package dev.snpgate.cli.manifest;

import dev.snpgate.cli.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The bytes of a manifest, from a {@code features.json} or from a jar (any zip) that holds {@link
 * Manifest#PATH}, told apart by the zip signature rather than by the file name.
 */
final class ManifestFile {

  /**
   * Far above any manifest (about 20 KiB), and above a guest jar that comes through a stream: a
   * bigger input is something else, not read whole.
   */
  static final int MAX_BYTES = 64 * 1024 * 1024;

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
      // A jar on disk is read through its central directory; anything else (a FIFO, /dev/stdin, a
      // process substitution) is opened once and read as a stream, since it cannot be read twice.
      if (Files.isRegularFile(path) && isZip(path)) {
        return fromJar(path);
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = limited(path, in, "it");
        return startsWithZipSignature(bytes) ? fromZipStream(path, bytes) : bytes;
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
    try (InputStream in = Files.newInputStream(path)) {
      return startsWithZipSignature(in.readNBytes(ZIP_SIGNATURE.length));
    }
  }

  private static boolean startsWithZipSignature(byte[] start) {
    if (start.length < ZIP_SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < ZIP_SIGNATURE.length; i++) {
      if (start[i] != ZIP_SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  /** A jar that came through a stream, within the size limit: its entries in order. */
  private static byte[] fromZipStream(Path path, byte[] jar) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(Manifest.PATH) && !entry.isDirectory()) {
          return limited(path, zip, "its " + Manifest.PATH);
        }
      }
    } catch (ZipException e) {
      throw unusable(path, "it starts like a jar but is not a readable one (" + e.getMessage() + ")");
    }
    throw noManifestInJar(path);
  }

  private static byte[] fromJar(Path path) throws IOException {
    try (ZipFile jar = new ZipFile(path.toFile())) {
      ZipEntry entry = jar.getEntry(Manifest.PATH);
      if (entry == null || entry.isDirectory()) {
        throw noManifestInJar(path);
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

  private static BadInputException noManifestInJar(Path path) {
    return unusable(path, "the jar has no " + Manifest.PATH + ": it is not a guest built with the snpgate processor");
  }

  static BadInputException unusable(Path path, String why) {
    return new BadInputException("cannot use manifest " + path + ": " + why);
  }
}
