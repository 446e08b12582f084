package dev.snpgate.benchmarks.measure;

import dev.snpgate.runtime.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A guest for the paired cold-start measurement, as sources: its feature classes, the boot main a
 * guest writes with snpgate (the boot snippet of docs/performance.md, the shape of
 * {@code coldstart.GeneratedRegistryBoot}), its hand-written twin (the same masks kept by hand, a
 * {@code SevStatus} built and {@code enable} called through a switch, as Linux does) and a
 * hello-world. Compiled in one javac run with snpgate's processor, so every main sees the same
 * feature classes. Beside them the budget's floor: the twin that also loads as many empty classes as
 * snpgate's boot path loads classes more than the twin, the least any gate with the boot path's
 * class budget (docs/performance.md) can cost.
 */
final class BootGuest {

  /**
   * The classes snpgate's boot path loads beyond the hand-written twin's: the generated registry,
   * {@code FeatureRegistry}, {@code Gate}, {@code GateDecision} and {@code BootDecision}.
   */
  static final int BUDGET_EXTRA_CLASSES = 5;

  final String label;
  final String packageName;
  /** The features' bits and class names, in bit order. */
  private final int[] bits;
  private final String[] names;

  private BootGuest(String label, String packageName, int[] bits, String[] names) {
    this.label = label;
    this.packageName = packageName;
    this.bits = bits;
    this.names = names;
  }

  /** DebugSwap, SecureTSC and SecureAVIC: the guest of issue 20. */
  static BootGuest threeFeatures() {
    return new BootGuest("three features (DebugSwap, SecureTSC, SecureAVIC)", "bench.three",
        new int[] {7, 11, 18}, new String[] {"DebugSwap", "SecureTsc", "SecureAvic"});
  }

  /** Bits 3..22, the guest of the other cold-start figures. */
  static BootGuest twentyFeatures() {
    int[] bits = new int[20];
    String[] names = new String[20];
    for (int i = 0; i < 20; i++) {
      bits[i] = 3 + i;
      names[i] = String.format("Feature%02d", 3 + i);
    }
    return new BootGuest("20 features (bits 3..22)", "bench.twenty", bits, names);
  }

  String main(String simpleName) {
    return packageName + "." + simpleName;
  }

  /** Writes the guest's sources under {@code root} and returns them. */
  List<Path> write(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    long present = 0;
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < bits.length; i++) {
      present |= 1L << bits[i];
      cases.append("      case ").append(bits[i]).append(": return new ").append(names[i]).append("();\n");
      // A bit the built-in catalog leaves reserved needs a name.
      String name = Catalog.builtIn().definition(bits[i]).isNamed() ? "" : ", name = \"Bench" + bits[i] + "\"";
      files.add(write(root, names[i], "import dev.snpgate.annotations.SnpFeature;\n"
          + "import dev.snpgate.runtime.GuestFeature;\nimport dev.snpgate.runtime.SevStatus;\n\n"
          + "@SnpFeature(bit = " + bits[i] + name + ", rationale = \"Benchmark feature.\")\n"
          + "public final class " + names[i] + " implements GuestFeature {\n"
          + "  @Override\n  public void enable(SevStatus status) {}\n}\n"));
    }
    files.add(write(root, "SnpgateBoot", "import dev.snpgate.runtime.Gate;\n"
        + "import dev.snpgate.runtime.GateDecision;\nimport dev.snpgate.runtime.SevStatus;\n"
        + "import dev.snpgate.runtime.Termination;\n\n"
        + "public final class SnpgateBoot {\n"
        + "  public static void main(String[] args) {\n"
        + "    SevStatus status = SevStatus.of(Long.parseUnsignedLong(args[0], 16));\n"
        + "    GateDecision decision = Gate.boot(status, SnpGateRegistry.INSTANCE);\n"
        + "    if (!decision.boots()) {\n"
        + "      Termination termination = (Termination) decision;\n"
        + "      System.out.println(termination.request().describe());\n"
        + "      System.exit(3);\n"
        + "    }\n"
        + "    System.out.println(\"boots\");\n"
        + "  }\n}\n"));
    files.add(write(root, "HandWrittenBoot", handWritten("HandWrittenBoot", "", present, cases)));
    // The budget's floor: the twin loading as many more classes as snpgate's boot path does, each
    // empty and in the guest's own jar, so cheaper to load than any real one.
    StringBuilder floorLoads = new StringBuilder();
    for (int i = 1; i <= BUDGET_EXTRA_CLASSES; i++) {
      floorLoads.append("    new Empty").append(i).append("();\n");
      files.add(write(root, "Empty" + i, "final class Empty" + i + " {}\n"));
    }
    files.add(write(root, "BudgetFloorBoot", handWritten("BudgetFloorBoot", floorLoads.toString(), present, cases)));
    files.add(write(root, "HelloWorld", "public final class HelloWorld {\n"
        + "  public static void main(String[] args) {\n    System.out.println(\"hello world\");\n  }\n}\n"));
    return files;
  }

  /**
   * The hand-written twin's source: {@code firstLoads} run before it decides; {@code cases} the
   * switch's cases creating each feature.
   */
  private static String handWritten(String name, String firstLoads, long present, CharSequence cases) {
    return "import dev.snpgate.runtime.GuestFeature;\n"
        + "import dev.snpgate.runtime.SevStatus;\n\n"
        + "public final class " + name + " {\n"
        + "  static final long IMPL_REQ = 0xffffffffff7dbcf8L;\n"
        + "  static final long PRESENT = 0x" + Long.toHexString(present) + "L;\n\n"
        + "  public static void main(String[] args) {\n"
        + firstLoads
        + "    long status = Long.parseUnsignedLong(args[0], 16);\n"
        + "    if ((status & 0x4L) != 0 && (status & IMPL_REQ & ~PRESENT) != 0) {\n"
        + "      System.out.println(Long.toHexString(status & IMPL_REQ & ~PRESENT));\n"
        + "      System.exit(3);\n"
        + "    }\n"
        + "    if ((status & 0x4L) != 0) {\n"
        + "      SevStatus reading = SevStatus.of(status);\n"
        + "      for (long rest = status & PRESENT; rest != 0; rest &= rest - 1) {\n"
        + "        newFeature(Long.numberOfTrailingZeros(rest)).enable(reading);\n"
        + "      }\n"
        + "    }\n"
        + "    System.out.println(\"boots\");\n"
        + "  }\n\n"
        + "  private static GuestFeature newFeature(int bit) {\n"
        + "    switch (bit) {\n" + cases
        + "      default: throw new IllegalArgumentException();\n"
        + "    }\n  }\n}\n";
  }

  private Path write(Path root, String name, String body) throws IOException {
    Path file = root.resolve(packageName.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package " + packageName + ";\n\n" + body, StandardCharsets.UTF_8);
    return file;
  }
}
