package dev.snpgate.baseline.reviewed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A module's compile class path, as directories and jars, asked whether a feature class is on it:
 * a bit the baseline lost while its class is still there was lost by a module built without the
 * processor, not by a change to accept.
 */
public final class ClassPath {

  private static final List<String> FEATURE = List.of("Ldev/snpgate/annotations/SnpFeature;");
  private static final String CONTRIBUTIONS = "dev/snpgate/contributions";

  private final List<Path> elements;

  public ClassPath(List<Path> elements) {
    this.elements = List.copyOf(elements);
  }

  /** Whether {@code className} (a canonical name) is on the class path and carries {@code @SnpFeature}. */
  public boolean hasFeatureClass(String className) {
    for (String file : classFileNames(className)) {
      for (Path element : elements) {
        if (Files.isDirectory(element) ? ClassOutput.annotatedWithAnyOf(element.resolve(file), FEATURE)
            : Files.isRegularFile(element) && jarEntryUses(element, file)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The class path elements, other than {@code own}, that hold a contribution in a module's own
   * package ({@code dev/snpgate/contributions/<module>/}): feature libraries compiled as named
   * modules. A guest compiled on the class path reads only the shared package, so it would build
   * without their features.
   */
  public List<Path> modularContributions(Path own) {
    List<Path> found = new ArrayList<>();
    for (Path element : elements) {
      if (!element.equals(own) && holdsModularContribution(element)) {
        found.add(element);
      }
    }
    return found;
  }

  private static boolean holdsModularContribution(Path element) {
    if (Files.isDirectory(element)) {
      try (Stream<Path> files = Files.walk(element.resolve(CONTRIBUTIONS))) {
        return files.anyMatch(file -> file.toString().endsWith(".class")
            && !file.getParent().equals(element.resolve(CONTRIBUTIONS)));
      } catch (IOException e) {
        return false; // no contributions directory
      }
    }
    try (JarFile archive = new JarFile(element.toFile())) {
      return archive.stream().map(ZipEntry::getName).anyMatch(name -> name.startsWith(CONTRIBUTIONS + "/")
          && name.endsWith(".class") && name.indexOf('/', CONTRIBUTIONS.length() + 1) > 0);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code a/b/C.class} for {@code a.b.C}, and the nested-class readings {@code a/b$C.class} and so on. */
  static List<String> classFileNames(String className) {
    String path = className.replace('.', '/');
    List<String> names = new ArrayList<>();
    names.add(path + ".class");
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      path = path.substring(0, slash) + "$" + path.substring(slash + 1);
      names.add(path + ".class");
    }
    return names;
  }

  private static boolean jarEntryUses(Path jar, String file) {
    try (JarFile archive = new JarFile(jar.toFile())) {
      ZipEntry entry = archive.getEntry(file);
      return entry != null && ClassOutput.annotatedWithAnyOf(archive.getInputStream(entry).readAllBytes(), FEATURE);
    } catch (IOException e) {
      return false;
    }
  }
}
