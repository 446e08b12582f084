package dev.snpgate.baseline.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.baseline.reviewed.ClassPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class files as javac writes them: only a class's own annotations count. */
public class ClassFileAnnotationsTest {

  @TempDir
  Path dir;

  /** Compiles the sources, by path, into {@code dir/classes}; returns that directory. */
  private Path compile(Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    String[] arguments = new String[sources.size() + 2];
    arguments[0] = "-d";
    arguments[1] = classes.toString();
    int i = 2;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      arguments[i++] = file.toString();
    }
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments));
    return classes;
  }

  public static final Map<String, String> SOURCES = Map.of(
      "dev/snpgate/annotations/SnpFeature.java", "package dev.snpgate.annotations;\n"
          + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
          + "public @interface SnpFeature { int bit(); String[] tags() default {}; String why() default \"\";"
          + " Class<?>[] types() default {}; }\n",
      "g/Tsc.java", "package g;\n@Deprecated @dev.snpgate.annotations.SnpFeature(bit = 11, tags = {\"a\", \"b\"},"
          + " why = \"say \\u00e9\", types = {String.class})\n"
          + "public final class Tsc { static final long BIG = 1L << 40; static final double D = 2.5; }\n",
      "g/Names.java", "package g;\npublic final class Names {\n"
          + "  static final String DESCRIPTOR = \"Ldev/snpgate/annotations/SnpFeature;\";\n"
          + "  void take(dev.snpgate.annotations.SnpFeature feature) {}\n}\n");

  @Test
  void aClassAnnotatedWithSnpFeatureIsAndOneThatOnlyNamesItIsNot() throws IOException {
    Path classes = compile(SOURCES);
    assertEquals(List.of("Ljava/lang/Deprecated;", "Ldev/snpgate/annotations/SnpFeature;"),
        ClassFileAnnotations.of(Files.readAllBytes(classes.resolve("g/Tsc.class"))));
    assertEquals(List.of(), ClassFileAnnotations.of(Files.readAllBytes(classes.resolve("g/Names.class"))));
    assertTrue(new ClassPath(List.of(classes)).hasFeatureClass("g.Tsc"));
    assertEquals(false, new ClassPath(List.of(classes)).hasFeatureClass("g.Names"));
  }

  @Test
  void stringMembersAreReadAndOthersLeftOut() throws IOException {
    Path classes = compile(SOURCES);
    byte[] tsc = Files.readAllBytes(classes.resolve("g/Tsc.class"));
    assertEquals(Optional.of(Map.of("tags", List.of("a", "b"), "why", "say \u00e9")),
        ClassFileAnnotations.strings(tsc, "Ldev/snpgate/annotations/SnpFeature;"));
    assertEquals(Optional.of(Map.of()), ClassFileAnnotations.strings(tsc, "Ljava/lang/Deprecated;"));
    assertEquals(Optional.empty(), ClassFileAnnotations.strings(tsc, "Ldev/snpgate/annotations/SnpGuest;"));
    assertEquals(Optional.empty(), ClassFileAnnotations.strings(new byte[] {1, 2, 3}, "Ljava/lang/Deprecated;"));
  }

  @Test
  void aFileThatIsNotAClassFileHasNoAnnotations() {
    assertEquals(List.of(), ClassFileAnnotations.of(new byte[] {1, 2, 3}));
    assertEquals(List.of(), ClassFileAnnotations.of(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0}));
  }
}
