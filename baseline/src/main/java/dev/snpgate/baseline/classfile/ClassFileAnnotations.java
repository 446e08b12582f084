package dev.snpgate.baseline.classfile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotations a class file declares on its class (or package, for {@code package-info}), read
 * from its {@code Runtime(In)VisibleAnnotations} attributes: snpgate's annotations have CLASS
 * retention, so they are there after compilation even when no processor ran. Only the class's own
 * annotations count: a class that merely names an annotation type (in a constant or a signature)
 * is not annotated. Read from bytes, so that no compiler's model of the class is involved: the
 * processor reads its previous registry this way without the compiler ever looking the class up.
 */
public final class ClassFileAnnotations {

  private static final int MAGIC = 0xCAFEBABE;
  private static final int MAX_NESTING = 64;

  /** One annotation: its type's descriptor and its string and string-array members. */
  private record Annotation(String descriptor, Map<String, Object> values) {}

  private ClassFileAnnotations() {}

  /** The descriptors ({@code Lpkg/Name;}) of the class's annotations; empty for a file that is not a class file. */
  public static List<String> of(byte[] classFile) {
    List<String> descriptors = new ArrayList<>();
    for (Annotation annotation : annotations(classFile)) {
      descriptors.add(annotation.descriptor());
    }
    return descriptors;
  }

  /**
   * The members of the class's annotation {@code descriptor} that are strings (as {@code String})
   * or arrays of strings (as a {@code List<String>}); members of other kinds are left out, as are
   * members the annotation does not write (their defaults live in the annotation type). Empty when
   * the class has no such annotation or the file is not a class file.
   */
  public static Optional<Map<String, Object>> strings(byte[] classFile, String descriptor) {
    for (Annotation annotation : annotations(classFile)) {
      if (descriptor.equals(annotation.descriptor())) {
        return Optional.of(annotation.values());
      }
    }
    return Optional.empty();
  }

  private static List<Annotation> annotations(byte[] classFile) {
    try {
      return read(new DataInputStream(new ByteArrayInputStream(classFile)));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<Annotation> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      return List.of();
    }
    in.skipNBytes(4);
    String[] utf8 = constantPool(in);
    in.skipNBytes(6);
    in.skipNBytes(2L * in.readUnsignedShort());
    skipMembers(in);
    skipMembers(in);
    List<Annotation> annotations = new ArrayList<>();
    for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
      String name = utf8[in.readUnsignedShort()];
      long length = in.readInt() & 0xffffffffL;
      if ("RuntimeInvisibleAnnotations".equals(name) || "RuntimeVisibleAnnotations".equals(name)) {
        for (int count = in.readUnsignedShort(); count > 0; count--) {
          String descriptor = utf8[in.readUnsignedShort()];
          annotations.add(new Annotation(descriptor, elementValuePairs(in, utf8, 0)));
        }
      } else {
        in.skipNBytes(length);
      }
    }
    return annotations;
  }

  /** The pool's UTF-8 entries by index; other entries are skipped by their tag's size. */
  private static String[] constantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[index] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          index++; // a long or double takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipMembers(DataInputStream in) throws IOException {
    for (int members = in.readUnsignedShort(); members > 0; members--) {
      in.skipNBytes(6);
      for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
        in.skipNBytes(2);
        in.skipNBytes(in.readInt() & 0xffffffffL);
      }
    }
  }

  /** The string and string-array members of one annotation, in the order the class file gives them. */
  private static Map<String, Object> elementValuePairs(DataInputStream in, String[] utf8, int depth)
      throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int pairs = in.readUnsignedShort(); pairs > 0; pairs--) {
      String name = utf8[in.readUnsignedShort()];
      Object value = elementValue(in, utf8, depth);
      if (name != null && value != null) {
        values.put(name, value);
      }
    }
    return values;
  }

  /**
   * A string, a list of strings, or null for a value of any other kind (which is skipped). Values
   * nest (annotations in arrays in annotations); a file nesting deeper than Java source plausibly
   * does is not read at all, rather than read until the stack runs out.
   */
  private static Object elementValue(DataInputStream in, String[] utf8, int depth) throws IOException {
    if (depth > MAX_NESTING) {
      throw new IOException("element values nested deeper than " + MAX_NESTING);
    }
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 's' -> {
        return utf8[in.readUnsignedShort()];
      }
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipNBytes(2);
      case 'e' -> in.skipNBytes(4);
      case '@' -> {
        in.skipNBytes(2);
        elementValuePairs(in, utf8, depth + 1);
      }
      case '[' -> {
        List<String> strings = new ArrayList<>();
        boolean allStrings = true;
        for (int values = in.readUnsignedShort(); values > 0; values--) {
          Object value = elementValue(in, utf8, depth + 1);
          if (value instanceof String) {
            strings.add((String) value);
          } else {
            allStrings = false;
          }
        }
        return allStrings ? List.copyOf(strings) : null;
      }
      default -> throw new IOException("element value tag " + tag);
    }
    return null;
  }
}
