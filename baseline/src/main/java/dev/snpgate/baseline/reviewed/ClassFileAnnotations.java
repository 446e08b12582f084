package dev.snpgate.baseline.reviewed;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations a class file declares on its class (or package, for {@code package-info}), read
 * from its {@code Runtime(In)VisibleAnnotations} attributes: snpgate's annotations have CLASS
 * retention, so they are there after compilation even when no processor ran. Only the class's own
 * annotations count: a class that merely names an annotation type (in a constant or a signature)
 * is not annotated.
 */
final class ClassFileAnnotations {

  private static final int MAGIC = 0xCAFEBABE;

  private ClassFileAnnotations() {}

  /** The descriptors ({@code Lpkg/Name;}) of the class's annotations; empty for a file that is not a class file. */
  static List<String> of(byte[] classFile) {
    try {
      return read(new DataInputStream(new ByteArrayInputStream(classFile)));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<String> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      return List.of();
    }
    in.skipNBytes(4);
    String[] utf8 = constantPool(in);
    in.skipNBytes(6);
    in.skipNBytes(2L * in.readUnsignedShort());
    skipMembers(in);
    skipMembers(in);
    List<String> annotations = new ArrayList<>();
    for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
      String name = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      if ("RuntimeInvisibleAnnotations".equals(name) || "RuntimeVisibleAnnotations".equals(name)) {
        for (int count = in.readUnsignedShort(); count > 0; count--) {
          annotations.add(utf8[in.readUnsignedShort()]);
          skipElementValuePairs(in);
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

  private static void skipElementValuePairs(DataInputStream in) throws IOException {
    for (int pairs = in.readUnsignedShort(); pairs > 0; pairs--) {
      in.skipNBytes(2);
      skipElementValue(in);
    }
  }

  private static void skipElementValue(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'e' -> in.skipNBytes(4);
      case '@' -> {
        in.skipNBytes(2);
        skipElementValuePairs(in);
      }
      case '[' -> {
        for (int values = in.readUnsignedShort(); values > 0; values--) {
          skipElementValue(in);
        }
      }
      default -> in.skipNBytes(2);
    }
  }
}
