package dev.snpgate.baseline.reviewed;

import dev.snpgate.baseline.classfile.ClassFileAnnotations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a module's last compilation wrote to its class output that snpgate reads after it: the
 * guest's baseline and docs, the contribution a feature library (or guest) leaves for others, and
 * which classes carry snpgate's annotations, which javac keeps in class files.
 */
public final class ClassOutput {

  /** Where every guest compilation writes the baseline it has now, for the build-phase check. */
  public static final String BASELINE_PATH = "META-INF/snpgate/baseline.txt";
  public static final String MARKDOWN_PATH = "META-INF/snpgate/behavior.md";
  public static final String RST_PATH = "META-INF/snpgate/behavior.rst";
  public static final String MARKDOWN_FILE = "behavior.md";
  public static final String RST_FILE = "behavior.rst";
  /** The package of every module's contribution marker class. */
  static final String CONTRIBUTIONS = "dev/snpgate/contributions";

  /** The class-file descriptors of the annotations that make a module a guest or a feature library. */
  private static final List<String> SNPGATE_ANNOTATIONS = List.of("Ldev/snpgate/annotations/SnpFeature;",
      "Ldev/snpgate/annotations/SnpLibrary;", "Ldev/snpgate/annotations/SnpGuest;");

  private final Path classes;

  public ClassOutput(Path classes) {
    this.classes = classes;
  }

  public Path dir() {
    return classes;
  }

  /** Whether the compilation generated a guest. */
  public boolean hasGuest() {
    return Files.isRegularFile(classes.resolve(BASELINE_PATH));
  }

  /** Whether the compilation generated a guest or a feature library's contribution. */
  public boolean hasContribution() {
    try (Stream<Path> markers = Files.list(classes.resolve(CONTRIBUTIONS))) {
      return markers.anyMatch(file -> file.toString().endsWith(".class"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The first class file, by name, that carries {@code @SnpFeature}, {@code @SnpLibrary} or {@code @SnpGuest}. */
  public Optional<String> firstAnnotatedClass() {
    if (!Files.isDirectory(classes)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted()
          .filter(ClassOutput::carriesSnpgateAnnotation).findFirst()
          .map(file -> classes.relativize(file).toString().replace('\\', '/'));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Whether the class file at {@code classFile} is annotated with one of snpgate's annotations. */
  static boolean carriesSnpgateAnnotation(Path classFile) {
    return annotatedWithAnyOf(classFile, SNPGATE_ANNOTATIONS);
  }

  static boolean annotatedWithAnyOf(Path classFile, List<String> descriptors) {
    try {
      return annotatedWithAnyOf(Files.readAllBytes(classFile), descriptors);
    } catch (IOException e) {
      return false;
    }
  }

  static boolean annotatedWithAnyOf(byte[] classFile, List<String> descriptors) {
    return ClassFileAnnotations.of(classFile).stream().anyMatch(descriptors::contains);
  }

  /** A file the compilation wrote, as text. */
  String read(String relative) {
    Path file = classes.resolve(relative);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(new IOException(file + " does not exist: the last compilation came from another"
          + " snpgate version; rebuild the module from clean"));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("snpgate cannot read " + file + " (" + FileProblem.of(file, e)
          + ")"));
    }
  }
}
