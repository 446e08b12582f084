package dev.snpgate.maven;

import dev.snpgate.baseline.Baseline;
import dev.snpgate.baseline.BaselineFormat;
import dev.snpgate.baseline.reviewed.ClassOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a bit's feature class is declared in the module's sources, as {@code File.java:[line,column]}
 * in the form javac's messages take in Maven's output, so that IDEs and readers land on the class.
 * A bit with no class in this module (a library's, a catalog override's) has no place.
 */
final class SourceLocations {

  private final Optional<Baseline> compiled;
  private final List<String> sourceRoots;

  SourceLocations(Path classes, List<String> sourceRoots) {
    Optional<Baseline> read;
    try {
      read = Optional.of(BaselineFormat.parse(Files.readAllBytes(classes.resolve(ClassOutput.BASELINE_PATH))));
    } catch (IOException | RuntimeException e) {
      read = Optional.empty();
    }
    this.compiled = read;
    this.sourceRoots = List.copyOf(sourceRoots);
  }

  Optional<String> of(int bit) {
    if (bit < 0 || compiled.isEmpty()) {
      return Optional.empty();
    }
    String implementation = compiled.get().implementationOf(bit);
    if (implementation.isEmpty() || implementation.contains("@")) {
      return Optional.empty();
    }
    String[] names = implementation.split("\\.");
    for (String root : sourceRoots) {
      // g.Outer.Inner is declared in g/Outer/Inner.java, or nested in g/Outer.java: the longest file that exists.
      for (int end = names.length; end > 0; end--) {
        Path file = Path.of(root, String.join("/", List.of(names).subList(0, end)) + ".java");
        if (Files.isRegularFile(file)) {
          return placeIn(file, names[names.length - 1]);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> placeIn(Path file, String simpleName) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Pattern declaration = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(" + Pattern.quote(simpleName) + ")\\b");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = declaration.matcher(lines.get(i));
        if (matcher.find()) {
          return Optional.of(file + ":[" + (i + 1) + "," + (matcher.start(1) + 1) + "]");
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
