package dev.snpgate.processor.guest;

import dev.snpgate.processor.contribution.RegistryIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The registry class file an earlier build of the guest left in the class output, which a recompile
 * of some of its sources has on its class path. Its index is read from its bytes, and the file is
 * moved aside, next to itself, while the guest is generated, then moved back.
 *
 * <p>Why: a compiler that has once looked the class up keeps it. ecj's batch Filer then refuses to
 * create the registry's source ({@code BatchFilerImpl.createSourceFile} asks
 * {@code Elements.getTypeElement} and throws when the type exists), and javac warns under
 * {@code -Xlint:processing} that the type already exists. Read as bytes and out of sight, the old
 * registry is never looked up, so both compilers take the new one as in a full build.
 *
 * <p>Moved back whatever the build does: with a new registry the compiler overwrites the old class
 * file when it writes the new one, and when nothing replaces it (the registry did not change, or an
 * error stopped the build) the class output stays as it was, index included, so the next recompile
 * still knows every feature class of the guest. Both moves are atomic renames within the directory,
 * so the index is always in one of the two files: a compiler killed in between leaves it aside, and
 * the next build moves it back before it reads it.
 */
final class PreviousRegistry {

  /** Appended to the class file's name while it is aside. */
  static final String ASIDE = ".snpgate-aside";

  private final Path classFile;
  private final Path aside;
  private final RegistryIndex.Previous index;
  private boolean isAside;

  private PreviousRegistry(Path classFile, RegistryIndex.Previous index) {
    this.classFile = classFile;
    this.aside = asideOf(classFile);
    this.index = index;
  }

  private static Path asideOf(Path classFile) {
    return classFile.resolveSibling(classFile.getFileName() + ASIDE);
  }

  /**
   * The class file of {@code registryClass} in the class output, with its index; empty when there
   * is none, it has no index (an older snpgate's), or the class output is not a directory of files
   * (an in-memory file manager, which has no earlier build).
   */
  static Optional<PreviousRegistry> find(Filer filer, String registryClass) throws IOException {
    int dot = registryClass.lastIndexOf('.');
    String packageName = dot < 0 ? "" : registryClass.substring(0, dot);
    String fileName = registryClass.substring(dot + 1) + ".class";
    Path classFile = classFileInClassOutput(filer, packageName, fileName);
    if (classFile == null) {
      return Optional.empty();
    }
    Path aside = asideOf(classFile);
    if (Files.isRegularFile(aside)) {
      if (Files.isRegularFile(classFile)) {
        Files.delete(aside); // the class file was written after it: the aside one is older
      } else {
        Files.move(aside, classFile, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    if (!Files.isRegularFile(classFile)) {
      return Optional.empty();
    }
    return RegistryIndex.read(Files.readAllBytes(classFile)).map(index -> new PreviousRegistry(classFile, index));
  }

  /**
   * Where the class file is or would be in the class output; null when neither it nor its aside
   * file is there, or the class output is not a directory of files (an in-memory file manager,
   * which has no earlier build and is asked nothing more).
   */
  private static Path classFileInClassOutput(Filer filer, String packageName, String fileName) {
    try {
      return fileInClassOutput(filer, packageName, fileName);
    } catch (IOException | IllegalArgumentException missing) {
      // ecj's Filer finds only files that exist: the aside one, when a killed compiler left it there.
      try {
        Path aside = fileInClassOutput(filer, packageName, fileName + ASIDE);
        return aside == null ? null : aside.resolveSibling(fileName);
      } catch (IOException | IllegalArgumentException neither) {
        return null;
      }
    }
  }

  /** The file of that name in the class output; null when the class output is not a directory of files. */
  private static Path fileInClassOutput(Filer filer, String packageName, String fileName) throws IOException {
    FileObject resource = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, fileName);
    URI uri = resource == null ? null : resource.toUri();
    return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
  }

  RegistryIndex.Previous index() {
    return index;
  }

  /**
   * Moves the class file aside. When it cannot be, the compiler may see it, and a registry the
   * compiler will not replace is an error at the guest, never a stale one.
   */
  void moveAside() {
    try {
      Files.move(classFile, aside, StandardCopyOption.ATOMIC_MOVE);
      isAside = true;
    } catch (IOException e) {
      isAside = false;
    }
  }

  /** Moves the class file back, if it was moved aside. */
  void moveBack() throws IOException {
    if (isAside) {
      Files.move(aside, classFile, StandardCopyOption.ATOMIC_MOVE);
      isAside = false;
    }
  }
}
