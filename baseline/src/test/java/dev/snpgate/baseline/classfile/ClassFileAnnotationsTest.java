package dev.snpgate.baseline.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.baseline.reviewed.ClassPath;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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

  /**
   * A class file of one class annotation {@code LA;} whose member {@code v} is {@code value}: the
   * pool holds the attribute's name (1), the descriptor (2), the member's name (3) and "s" (4).
   */
  private static byte[] classFile(byte[] value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeInt(61);
    out.writeShort(5);
    for (String utf8 : List.of("RuntimeInvisibleAnnotations", "LA;", "v", "s")) {
      out.writeByte(1);
      out.writeUTF(utf8);
    }
    out.write(new byte[6]); // access flags, this and super class: not read
    out.writeShort(0); // interfaces
    out.writeShort(0); // fields
    out.writeShort(0); // methods
    out.writeShort(1); // attributes
    out.writeShort(1);
    out.writeInt(6 + value.length);
    out.writeShort(1); // annotations
    out.writeShort(2);
    out.writeShort(1); // element-value pairs
    out.writeShort(3);
    out.write(value);
    return bytes.toByteArray();
  }

  /** {@code depth} arrays, each holding the next, around the string "s". */
  private static byte[] nested(int depth) {
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    for (int i = 0; i < depth; i++) {
      value.writeBytes(new byte[] {'[', 0, 1});
    }
    value.writeBytes(new byte[] {'s', 0, 4});
    return value.toByteArray();
  }

  @Test
  void aHandWrittenClassFileIsReadAndAHostileOneIsNotReadAtAll() throws IOException {
    assertEquals(Optional.of(Map.of("v", "s")), ClassFileAnnotations.strings(classFile(nested(0)), "LA;"));
    assertEquals(Optional.of(Map.of("v", List.of("s"))), ClassFileAnnotations.strings(classFile(nested(1)), "LA;"));
    // Arrays of arrays are not strings: left out, the annotation still read.
    assertEquals(Optional.of(Map.of()), ClassFileAnnotations.strings(classFile(nested(2)), "LA;"));
    assertEquals(Optional.of(Map.of()), ClassFileAnnotations.strings(classFile(nested(64)), "LA;"));
    // Deeper than any source nests, or a tag no compiler writes: not read, and nothing thrown.
    assertEquals(Optional.empty(), ClassFileAnnotations.strings(classFile(nested(100_000)), "LA;"));
    assertEquals(List.of(), ClassFileAnnotations.of(classFile(nested(100_000))));
    assertEquals(Optional.empty(), ClassFileAnnotations.strings(classFile(new byte[] {'X', 0, 4}), "LA;"));
    // A descriptor that is not a UTF-8 entry of the pool names no annotation.
    byte[] badDescriptor = classFile(nested(0));
    badDescriptor[badDescriptor.length - 8] = 0; // the annotation's type index: 2 -> 0
    assertEquals(Optional.empty(), ClassFileAnnotations.strings(badDescriptor, "LA;"));
  }

  @Test
  void aFileThatIsNotAClassFileHasNoAnnotations() {
    assertEquals(List.of(), ClassFileAnnotations.of(new byte[] {1, 2, 3}));
    assertEquals(List.of(), ClassFileAnnotations.of(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0}));
  }
}
