package dev.snpgate.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The invokedynamic (and dynamic constant) entries of a class file's constant pool, read with a
 * plain scan of the format (JVMS 4.4): no bytecode library needed. Every lambda, method reference,
 * indy string concatenation, record equals/hashCode/toString and pattern switch leaves one.
 */
final class ConstantPool {

  private static final int UTF8 = 1;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int NAME_AND_TYPE = 12;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;

  private ConstantPool() {}

  /** The names of the call sites or constants that bootstrap dynamically: {@code toString}, {@code makeConcatWithConstants}. */
  static List<String> dynamicEntries(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] nameAndTypeName = new int[count];
    List<Integer> dynamicNameAndTypes = new ArrayList<>();
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case UTF8:
          utf8[index] = in.readUTF();
          break;
        case 3: case 4:       // Integer, Float
          in.readInt();
          break;
        case LONG: case DOUBLE: // take two slots
          in.readLong();
          index++;
          break;
        case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
          in.readUnsignedShort();
          break;
        case 9: case 10: case 11: // Fieldref, Methodref, InterfaceMethodref
          in.readInt();
          break;
        case NAME_AND_TYPE:
          nameAndTypeName[index] = in.readUnsignedShort();
          in.readUnsignedShort();
          break;
        case 15:                // MethodHandle
          in.readUnsignedByte();
          in.readUnsignedShort();
          break;
        case DYNAMIC: case INVOKE_DYNAMIC:
          in.readUnsignedShort();
          dynamicNameAndTypes.add(in.readUnsignedShort());
          break;
        default:
          throw new IOException("unknown constant pool tag " + tag + " at " + index);
      }
    }
    List<String> names = new ArrayList<>();
    for (int nameAndType : dynamicNameAndTypes) {
      names.add(utf8[nameAndTypeName[nameAndType]]);
    }
    return names;
  }
}
