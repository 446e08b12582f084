package dev.snpgate.processor.guest;

import dev.snpgate.processor.contribution.RegistryIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The registry class file an earlier build of the guest left in the class output, which a recompile
 * of some of its sources has on its class path. Its index is read from its bytes, and the file is
 * taken out of the class output while the guest is generated, then put back byte for byte.
 *
 * <p>Why: a compiler that has once looked the class up keeps it. ecj's batch Filer then refuses to
 * create the registry's source ({@code BatchFilerImpl.createSourceFile} asks
 * {@code Elements.getTypeElement} and throws when the type exists), and javac warns under
 * {@code -Xlint:processing} that the type already exists. Read as bytes and out of sight, the old
 * registry is never looked up, so both compilers take the new one as in a full build.
 *
 * <p>Put back whatever the build does: with a new registry the compiler overwrites the old class
 * file when it writes the new one, and when nothing replaces it (the registry did not change, or an
 * error stopped the build) the guest's class output stays as it was, index included, so the next
 * recompile still knows every feature class of the guest. Only a compiler killed between taking
 * the file out and putting it back (one processing step) loses it; a full build restores it.
 */
final class PreviousRegistry {

  private final Path classFile;
  private final byte[] bytes;
  private final RegistryIndex.Previous index;
  private boolean setAside;

  private PreviousRegistry(Path classFile, byte[] bytes, RegistryIndex.Previous index) {
    this.classFile = classFile;
    this.bytes = bytes;
    this.index = index;
  }

  /**
   * The class file of {@code registryClass} in the class output, with its index; empty when there
   * is none, it has no index (an older snpgate's), or the class output is not a directory of files
   * (an in-memory file manager, which has no earlier build).
   */
  static Optional<PreviousRegistry> find(Filer filer, String registryClass) {
    int dot = registryClass.lastIndexOf('.');
    String packageName = dot < 0 ? "" : registryClass.substring(0, dot);
    String fileName = registryClass.substring(dot + 1) + ".class";
    try {
      FileObject resource = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, fileName);
      URI uri = resource == null ? null : resource.toUri();
      if (uri == null || !"file".equals(uri.getScheme()) || !Files.isRegularFile(Path.of(uri))) {
        return Optional.empty();
      }
      Path classFile = Path.of(uri);
      byte[] bytes = Files.readAllBytes(classFile);
      return RegistryIndex.read(bytes).map(index -> new PreviousRegistry(classFile, bytes, index));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  RegistryIndex.Previous index() {
    return index;
  }

  /**
   * Takes the class file out of the class output. When it cannot be, the compiler may see it, and a
   * registry the compiler will not replace is an error at the guest, never a stale one.
   */
  void setAside() {
    try {
      Files.delete(classFile);
      setAside = true;
    } catch (IOException e) {
      setAside = false;
    }
  }

  /** Puts the class file back as it was, if it was taken out. */
  void putBack() throws IOException {
    if (setAside) {
      Files.write(classFile, bytes);
      setAside = false;
    }
  }
}
