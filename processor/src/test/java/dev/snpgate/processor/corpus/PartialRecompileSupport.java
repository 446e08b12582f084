package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the partial-recompile tests share: a guest of three features (one from a library) built in
 * full, then part of it recompiled as an IDE's build does (a few sources, into the same class
 * output, with that output on the class path), and the outputs of a full build to compare with.
 */
abstract class PartialRecompileSupport {

  private static final String HEADER = "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n";
  private static final String BODY = " implements GuestFeature { public void enable(SevStatus s) {} }";
  private static final List<String> OUTPUTS = List.of("META-INF/snpgate/features.json",
      "META-INF/snpgate/baseline.txt", "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");

  @TempDir
  Path dir;

  static String feature(String pkg, String name, int bit) {
    return "package " + pkg + ";\n" + HEADER + "/** Why " + name + ": its Javadoc is its rationale. */\n"
        + "@SnpFeature(bit = " + bit + ")\npublic final class " + name + BODY + "\n";
  }

  /** The guest's sources, by path. */
  static Map<String, String> guest() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"partial\")\npackage g;\n");
    files.put("g/DebugSwap.java", feature("g", "DebugSwap", 7));
    files.put("g/SecureTsc.java", feature("g", "SecureTsc", 11));
    return files;
  }

  GuestCompiler.Result library(GuestCompiler compiler, String module, Map<String, String> features) throws IOException {
    Map<String, String> files = new LinkedHashMap<>(features);
    files.put("lib/avic/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage lib.avic;\n");
    GuestCompiler.Result library = compile(compiler, dir.resolve(compiler + "/" + module), files, List.copyOf(files.keySet()),
        List.of());
    assertTrue(library.success(), library.messages().toString());
    return library;
  }

  static Map<String, String> avic() {
    return Map.of("lib/avic/SecureAvic.java", feature("lib.avic", "SecureAvic", 18));
  }

  /** Writes {@code files} under {@code work/src} and compiles {@code which} of them into {@code work}. */
  static GuestCompiler.Result compile(GuestCompiler compiler, Path work, Map<String, String> files,
      List<String> which, List<Path> classPath) throws IOException {
    return compile(compiler, work, files, which, classPath, false);
  }

  static GuestCompiler.Result compile(GuestCompiler compiler, Path work, Map<String, String> files,
      List<String> which, List<Path> classPath, boolean strict) throws IOException {
    Path sources = work.resolve("src");
    GuestCompiler.writeSources(sources, files);
    List<Path> paths = new ArrayList<>();
    for (String path : which) {
      paths.add(Path.of(path));
    }
    return compiler.compile(sources, paths, work, strict, List.of(), List.of(), classPath);
  }

  /** The outputs a guest's build leaves: the registry's source and the resources. */
  static Map<String, String> outputs(Path work) throws IOException {
    Map<String, String> outputs = new TreeMap<>();
    outputs.put("registry", Files.readString(work.resolve("generated/g/SnpGateRegistry.java")));
    for (String output : OUTPUTS) {
      outputs.put(output, Files.readString(work.resolve("classes").resolve(output)));
    }
    return outputs;
  }

  /** A full build of {@code files} in a directory of its own, as the reference. */
  Map<String, String> fullBuild(GuestCompiler compiler, String name, Map<String, String> files, Path library)
      throws IOException {
    Path work = dir.resolve(compiler + "/full-" + name);
    GuestCompiler.Result full = compile(compiler, work, files, List.copyOf(files.keySet()), List.of(library));
    assertTrue(full.success(), full.messages().toString());
    return outputs(work);
  }

  void assertPresent(String present, Map<String, String> outputs) {
    assertTrue(outputs.get("META-INF/snpgate/features.json").contains("\"present\": \"" + present + "\""),
        outputs.get("META-INF/snpgate/features.json"));
  }

  /** The library of SecureAvic, built; its class output. */
  Path apic(GuestCompiler compiler) throws IOException {
    return library(compiler, "apic", avic()).classes();
  }

  /** The guest built in full: the state a recompile starts from; its work directory. */
  Path builtInFull(GuestCompiler compiler, Path library) throws IOException {
    Path work = dir.resolve(compiler + "/guest");
    firstBuild(compiler, work, guest(), library);
    assertPresent("0x0000000000040880", outputs(work));
    return work;
  }

  /** {@code files} built in full into {@code work}. */
  static void firstBuild(GuestCompiler compiler, Path work, Map<String, String> files, Path library)
      throws IOException {
    GuestCompiler.Result first = compile(compiler, work, files, List.copyOf(files.keySet()), List.of(library));
    assertTrue(first.success(), first.messages().toString());
  }

  /**
   * Recompiles {@code which} of {@code files} into {@code work}, its class output on the class path,
   * every warning an error (javac's {@code -Xlint:all -Werror}: no "type already exists" either).
   */
  GuestCompiler.Result recompile(GuestCompiler compiler, Path work, Map<String, String> files, List<String> which,
      Path library) throws IOException {
    return compile(compiler, work, files, which, List.of(work.resolve("classes"), library), true);
  }

  /** Deletes a feature's source and class file, leaving whatever else the build generated, as an IDE may. */
  static void deleteFeature(Path work, String path) throws IOException {
    Files.delete(work.resolve("src/" + path + ".java"));
    Files.delete(work.resolve("classes/" + path + ".class"));
  }

  /** The recompile succeeded and left the outputs of a full build, the registry's class file among them. */
  void assertLikeAFullBuild(GuestCompiler.Result partial, Path work, Map<String, String> full)
      throws IOException {
    assertTrue(partial.success(), partial.messages().toString());
    assertEquals(full, outputs(work));
    assertTrue(Files.isRegularFile(work.resolve("classes/g/SnpGateRegistry.class")));
  }}
