package dev.snpgate.benchmarks.compile;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources the compile-cost benchmark compiles: ordinary classes (fields, a constructor,
 * methods, each calling the class before it, in packages of 100, as an application has), and a
 * guest of N feature classes on bits 3 upwards. Same output for the same arguments.
 */
public final class GuestSources {

  static final String GUEST_PACKAGE = "bench.guest";

  private GuestSources() {}

  /** Writes {@code count} ordinary classes under {@code root} and returns their files. */
  public static List<Path> ordinary(Path root, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String pkg = "bench.app.p" + (i / 100);
      String name = "Service" + i;
      String previous = i % 100 == 0 ? null : "Service" + (i - 1);
      StringBuilder src = new StringBuilder()
          .append("package ").append(pkg).append(";\n\n")
          .append("import java.util.ArrayList;\nimport java.util.List;\n\n")
          .append("/** Ordinary application class ").append(i).append(". */\n")
          .append("public final class ").append(name).append(" {\n")
          .append("  private final List<String> names = new ArrayList<>();\n")
          .append("  private int calls;\n\n")
          .append("  public ").append(name).append("(String first) {\n    names.add(first);\n  }\n\n")
          .append("  public int size() {\n    calls++;\n    return names.size();\n  }\n\n")
          .append("  public String describe(int limit) {\n")
          .append("    StringBuilder out = new StringBuilder();\n")
          .append("    for (int i = 0; i < Math.min(limit, names.size()); i++) {\n")
          .append("      out.append(names.get(i)).append(i % 2 == 0 ? ',' : ';');\n    }\n")
          .append("    return out.append(calls).toString();\n  }\n\n")
          .append("  public int chain() {\n")
          .append(previous == null ? "    return size();\n"
              : "    return new " + previous + "(\"" + name + "\").chain() + size();\n")
          .append("  }\n}\n");
      files.add(write(root, pkg, name, src.toString()));
    }
    return files;
  }

  /**
   * Writes a guest of {@code count} feature classes (bits 3 to 2 + count, at most 61) in one
   * package; a bit the built-in catalog leaves reserved gets a name, as the processor requires.
   */
  public static List<Path> features(Path root, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.FIRST_FEATURE_BIT + count; bit++) {
      BitDefinition definition = Catalog.builtIn().definition(bit);
      String name = String.format("Feature%02d", bit);
      String attributes = "bit = " + bit + (definition.isNamed() ? "" : ", name = \"Bench" + bit + "\"")
          + ", rationale = \"Benchmark feature of bit " + bit + ".\"";
      String src = "package " + GUEST_PACKAGE + ";\n\n"
          + "import dev.snpgate.annotations.SnpFeature;\n"
          + "import dev.snpgate.runtime.GuestFeature;\n"
          + "import dev.snpgate.runtime.SevStatus;\n\n"
          + "/** Benchmark feature of bit " + bit + ". */\n"
          + "@SnpFeature(" + attributes + ")\n"
          + "public final class " + name + " implements GuestFeature {\n"
          + "  @Override\n  public void enable(SevStatus status) {}\n}\n";
      files.add(write(root, GUEST_PACKAGE, name, src));
    }
    return files;
  }

  private static Path write(Path root, String pkg, String name, String source) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }
}
