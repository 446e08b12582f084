package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A guest of three features (one from a library) built in full, then part of it recompiled as an
 * IDE's build does: a few sources, into the same class output, with that output on the class path.
 * The registry, manifest, docs and baseline must be those of a full build of the same sources,
 * under ecj's batch compiler too (which refuses to create a type it can see: the processor keeps the
 * old registry out of its sight).
 */
class PartialRecompileTest {

  private static final String HEADER = "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n";
  private static final String BODY = " implements GuestFeature { public void enable(SevStatus s) {} }";
  private static final List<String> OUTPUTS = List.of("META-INF/snpgate/features.json",
      "META-INF/snpgate/baseline.txt", "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");

  @TempDir
  Path dir;

  private static String feature(String pkg, String name, int bit) {
    return "package " + pkg + ";\n" + HEADER + "/** Why " + name + ": its Javadoc is its rationale. */\n"
        + "@SnpFeature(bit = " + bit + ")\npublic final class " + name + BODY + "\n";
  }

  /** The guest's sources, by path. */
  private static Map<String, String> guest() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"partial\")\npackage g;\n");
    files.put("g/DebugSwap.java", feature("g", "DebugSwap", 7));
    files.put("g/SecureTsc.java", feature("g", "SecureTsc", 11));
    return files;
  }

  private GuestCompiler.Result library(GuestCompiler compiler, String module, Map<String, String> features) throws IOException {
    Map<String, String> files = new LinkedHashMap<>(features);
    files.put("lib/avic/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage lib.avic;\n");
    GuestCompiler.Result library = compile(compiler, dir.resolve(compiler + "/" + module), files, List.copyOf(files.keySet()),
        List.of());
    assertTrue(library.success(), library.messages().toString());
    return library;
  }

  private static Map<String, String> avic() {
    return Map.of("lib/avic/SecureAvic.java", feature("lib.avic", "SecureAvic", 18));
  }

  /** Writes {@code files} under {@code work/src} and compiles {@code which} of them into {@code work}. */
  private static GuestCompiler.Result compile(GuestCompiler compiler, Path work, Map<String, String> files,
      List<String> which, List<Path> classPath) throws IOException {
    return compile(compiler, work, files, which, classPath, false);
  }

  private static GuestCompiler.Result compile(GuestCompiler compiler, Path work, Map<String, String> files,
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
  private static Map<String, String> outputs(Path work) throws IOException {
    Map<String, String> outputs = new TreeMap<>();
    outputs.put("registry", Files.readString(work.resolve("generated/g/SnpGateRegistry.java")));
    for (String output : OUTPUTS) {
      outputs.put(output, Files.readString(work.resolve("classes").resolve(output)));
    }
    return outputs;
  }

  /** A full build of {@code files} in a directory of its own, as the reference. */
  private Map<String, String> fullBuild(GuestCompiler compiler, String name, Map<String, String> files, Path library)
      throws IOException {
    Path work = dir.resolve(compiler + "/full-" + name);
    GuestCompiler.Result full = compile(compiler, work, files, List.copyOf(files.keySet()), List.of(library));
    assertTrue(full.success(), full.messages().toString());
    return outputs(work);
  }

  private void assertPresent(String present, Map<String, String> outputs) {
    assertTrue(outputs.get("META-INF/snpgate/features.json").contains("\"present\": \"" + present + "\""),
        outputs.get("META-INF/snpgate/features.json"));
  }

  /** The library of SecureAvic, built; its class output. */
  private Path apic(GuestCompiler compiler) throws IOException {
    return library(compiler, "apic", avic()).classes();
  }

  /** The guest built in full: the state a recompile starts from; its work directory. */
  private Path builtInFull(GuestCompiler compiler, Path library) throws IOException {
    Path work = dir.resolve(compiler + "/guest");
    firstBuild(compiler, work, guest(), library);
    assertPresent("0x0000000000040880", outputs(work));
    return work;
  }

  /** {@code files} built in full into {@code work}. */
  private static void firstBuild(GuestCompiler compiler, Path work, Map<String, String> files, Path library)
      throws IOException {
    GuestCompiler.Result first = compile(compiler, work, files, List.copyOf(files.keySet()), List.of(library));
    assertTrue(first.success(), first.messages().toString());
  }

  /**
   * Recompiles {@code which} of {@code files} into {@code work}, its class output on the class path,
   * every warning an error (javac's {@code -Xlint:all -Werror}: no "type already exists" either).
   */
  private GuestCompiler.Result recompile(GuestCompiler compiler, Path work, Map<String, String> files, List<String> which,
      Path library) throws IOException {
    return compile(compiler, work, files, which, List.of(work.resolve("classes"), library), true);
  }

  /** Deletes a feature's source and class file, leaving whatever else the build generated, as an IDE may. */
  private static void deleteFeature(Path work, String path) throws IOException {
    Files.delete(work.resolve("src/" + path + ".java"));
    Files.delete(work.resolve("classes/" + path + ".class"));
  }

  /** The recompile succeeded and left the outputs of a full build, the registry's class file among them. */
  private void assertLikeAFullBuild(GuestCompiler.Result partial, Path work, Map<String, String> full)
      throws IOException {
    assertTrue(partial.success(), partial.messages().toString());
    assertEquals(full, outputs(work));
    assertTrue(Files.isRegularFile(work.resolve("classes/g/SnpGateRegistry.class")));
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void recompilingOneFeatureKeepsTheOthers(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    GuestCompiler.Result partial = recompile(compiler, work, guest(), List.of("g/SecureTsc.java"), library);
    Map<String, String> full = fullBuild(compiler, "same", guest(), library);
    assertPresent("0x0000000000040880", full);
    assertLikeAFullBuild(partial, work, full);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aDeletedFeatureLeavesTheMasks(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    deleteFeature(work, "g/DebugSwap");
    Map<String, String> files = guest();
    files.remove("g/DebugSwap.java");
    GuestCompiler.Result partial = recompile(compiler, work, files, List.of("g/SecureTsc.java"), library);
    Map<String, String> full = fullBuild(compiler, "deleted", files, library);
    assertPresent("0x0000000000040800", full);
    assertLikeAFullBuild(partial, work, full);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aFeatureMovedToAnotherPackageIsTheMovedClass(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    deleteFeature(work, "g/SecureTsc");
    Map<String, String> files = guest();
    files.remove("g/SecureTsc.java");
    files.put("g/time/SecureTsc.java", feature("g.time", "SecureTsc", 11));
    GuestCompiler.Result partial = recompile(compiler, work, files, List.of("g/time/SecureTsc.java"), library);
    Map<String, String> full = fullBuild(compiler, "moved", files, library);
    assertPresent("0x0000000000040880", full);
    assertTrue(full.get("registry").contains("import g.time.SecureTsc;"), full.get("registry"));
    assertLikeAFullBuild(partial, work, full);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aFeatureMovedIntoTheLibraryComesFromTheLibrary(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    deleteFeature(work, "g/DebugSwap");
    Map<String, String> libraryFiles = new LinkedHashMap<>(avic());
    libraryFiles.put("lib/avic/DebugSwap.java", feature("lib.avic", "DebugSwap", 7));
    Path grown = library(compiler, "apic-grown", libraryFiles).classes();
    Map<String, String> files = guest();
    files.remove("g/DebugSwap.java");
    GuestCompiler.Result partial = recompile(compiler, work, files, List.of("g/SecureTsc.java"), grown);
    Map<String, String> full = fullBuild(compiler, "into-library", files, grown);
    assertPresent("0x0000000000040880", full);
    assertTrue(full.get("META-INF/snpgate/baseline.txt").contains("lib.avic.DebugSwap@"), full.toString());
    assertLikeAFullBuild(partial, work, full);
  }

  /**
   * A compiler killed while the old registry was moved aside leaves it next to its place: the next
   * recompile moves it back and reads it, so the features it lists still count.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aRegistryLeftAsideByAKilledCompilerIsMovedBack(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    Path registry = work.resolve("classes/g/SnpGateRegistry.class");
    Files.move(registry, registry.resolveSibling("SnpGateRegistry.class.snpgate-aside"));
    GuestCompiler.Result partial = recompile(compiler, work, guest(), List.of("g/SecureTsc.java"), library);
    assertLikeAFullBuild(partial, work, fullBuild(compiler, "aside", guest(), library));
    assertFalse(Files.exists(registry.resolveSibling("SnpGateRegistry.class.snpgate-aside")));
  }

  /**
   * An error in the recompile stops the guest's generation after the old registry was moved aside:
   * it is back, byte for byte, so the recompile after the fix still knows every feature class.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aRecompileThatFailsLeavesTheRegistryAsItWas(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    byte[] before = Files.readAllBytes(work.resolve("classes/g/SnpGateRegistry.class"));
    Map<String, String> broken = guest();
    broken.put("g/SecureTsc.java", feature("g", "SecureTsc", 99));
    GuestCompiler.Result failed = recompile(compiler, work, broken, List.of("g/SecureTsc.java"), library);
    assertFalse(failed.success(), failed.messages().toString());
    assertArrayEquals(before, Files.readAllBytes(work.resolve("classes/g/SnpGateRegistry.class")));
    GuestCompiler.Result fixed = recompile(compiler, work, guest(), List.of("g/SecureTsc.java"), library);
    assertLikeAFullBuild(fixed, work, fullBuild(compiler, "fixed", guest(), library));
  }

  /**
   * One feature recompiled into a directory of its own, the previous output on the class path: the
   * index comes from the registry there. javac writes the registry a full build would (warning
   * under {@code -Xlint:processing} that a type of its name is on the class path, so this recompile
   * is not strict); ecj has read the old one to get at its index and will not create another, so it
   * stops with one error.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aRecompileIntoAnotherDirectoryTakesTheIndexFromTheClassPath(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    Path elsewhere = dir.resolve(compiler + "/elsewhere");
    GuestCompiler.Result partial = compile(compiler, elsewhere, guest(), List.of("g/SecureTsc.java"),
        List.of(work.resolve("classes"), library));
    if (compiler == GuestCompiler.ECJ) {
      assertEquals(1, partial.errors().size(), partial.messages().toString());
      assertTrue(partial.errors().get(0).text().startsWith("the registry g.SnpGateRegistry must change"),
          partial.messages().toString());
      return;
    }
    assertLikeAFullBuild(partial, elsewhere, fullBuild(compiler, "elsewhere", guest(), library));
  }

  /**
   * The guest renamed, and only its declaration recompiled: the registry in the class output is
   * this module's whatever the guest was called, so its feature classes still count.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aRenamedGuestKeepsItsFeatureClasses(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Path work = builtInFull(compiler, library);
    Map<String, String> renamed = guest();
    renamed.put("g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"renamed\")\npackage g;\n");
    GuestCompiler.Result partial = recompile(compiler, work, renamed, List.of("g/package-info.java"), library);
    Map<String, String> full = fullBuild(compiler, "renamed", renamed, library);
    assertPresent("0x0000000000040880", full);
    assertLikeAFullBuild(partial, work, full);
  }

  /**
   * The guest's boot class, in the registry's package, recompiled with a feature: it refers to the
   * registry by its simple name, which the compiler resolves after the processor has put the old
   * registry back (unchanged) or written the new one (changed).
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aBootClassOfTheRegistrysPackageRecompiledSeesTheRegistry(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Map<String, String> files = guest();
    files.put("g/Boot.java", "package g;\npublic final class Boot {\n"
        + "  public static Object registry() { return SnpGateRegistry.INSTANCE; }\n}\n");
    Path work = dir.resolve(compiler + "/guest");
    firstBuild(compiler, work, files, library);
    GuestCompiler.Result unchanged = recompile(compiler, work, files, List.of("g/SecureTsc.java", "g/Boot.java"),
        library);
    assertLikeAFullBuild(unchanged, work, fullBuild(compiler, "boot-unchanged", files, library));
    deleteFeature(work, "g/DebugSwap");
    files.remove("g/DebugSwap.java");
    GuestCompiler.Result changed = recompile(compiler, work, files, List.of("g/SecureTsc.java", "g/Boot.java"),
        library);
    assertLikeAFullBuild(changed, work, fullBuild(compiler, "boot-changed", files, library));
  }

  /**
   * A recompiled class outside the guest's package imports the registry, so the compiler reads the
   * old registry before any processor runs. javac still takes the new one (warning under
   * {@code -Xlint:processing} that the type exists, so this recompile is not strict); ecj's batch
   * Filer will not create it, so the build stops with one error at the guest, and the old class
   * file stays where it was, index and all: the next recompile still knows every feature class,
   * never a smaller mask.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aRegistryTheCompilerReadBeforeProcessingIsReplacedOrAnError(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Map<String, String> files = guest();
    files.put("app/Boot.java", "package app;\nimport g.SnpGateRegistry;\n"
        + "public final class Boot { SnpGateRegistry registry() { return SnpGateRegistry.INSTANCE; } }\n");
    Path work = dir.resolve(compiler + "/guest");
    firstBuild(compiler, work, files, library);
    byte[] before = Files.readAllBytes(work.resolve("classes/g/SnpGateRegistry.class"));
    deleteFeature(work, "g/DebugSwap");
    files.remove("g/DebugSwap.java");
    GuestCompiler.Result partial = compile(compiler, work, files,
        List.of("g/package-info.java", "g/SecureTsc.java", "app/Boot.java"), List.of(work.resolve("classes"), library));
    if (compiler == GuestCompiler.JAVAC) {
      assertLikeAFullBuild(partial, work, fullBuild(compiler, "imported", files, library));
      return;
    }
    assertFalse(partial.success(), partial.messages().toString());
    assertEquals(List.of(new GuestCompiler.Message(Diagnostic.Kind.ERROR, String.format(Messages.REGISTRY_NOT_REPLACED,
        "g.SnpGateRegistry", "Source file already exists : g.SnpGateRegistry"), "g/package-info.java", 1)),
        partial.errors());
    assertArrayEquals(before, Files.readAllBytes(work.resolve("classes/g/SnpGateRegistry.class")));
  }

  /**
   * Requirements come from class files in a recompile that leaves their sources out: requiresSnp
   * and requires from the {@code @SnpGuest} of package-info.class, required from SecureTsc.class.
   */
  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void requirementsSurviveARecompileWithoutTheirSources(GuestCompiler compiler) throws IOException {
    Path library = apic(compiler);
    Map<String, String> files = guest();
    files.put("g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"partial\", requiresSnp = true,"
        + " requires = @dev.snpgate.annotations.SnpRequire(bit = 8, rationale = \"No host IBS.\"))\npackage g;\n");
    files.put("g/SecureTsc.java", feature("g", "SecureTsc", 11).replace("bit = 11", "bit = 11, required = true"));
    Path work = dir.resolve(compiler + "/guest");
    firstBuild(compiler, work, files, library);
    GuestCompiler.Result partial = recompile(compiler, work, files, List.of("g/DebugSwap.java"), library);
    Map<String, String> full = fullBuild(compiler, "required", files, library);
    assertTrue(full.get("META-INF/snpgate/features.json").contains("\"required\": \"0x0000000000000904\""),
        full.get("META-INF/snpgate/features.json"));
    assertLikeAFullBuild(partial, work, full);
  }
}
