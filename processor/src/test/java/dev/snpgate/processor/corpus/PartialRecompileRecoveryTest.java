package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The previous registry through a partial recompile: moved aside and back (also when the build
 * fails or the compiler was killed), read where the recompile finds it, and the shapes in which ecj
 * has read it before the processor runs. Out of the mutation run: each case compiles a library and
 * a guest three times, and {@link PartialRecompileTest} reaches the same code.
 */
class PartialRecompileRecoveryTest extends PartialRecompileSupport {

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
   * old registry before any processor runs. Unchanged, it stays as it is under both compilers. javac still takes the new one (warning under
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
    List<String> recompiled = List.of("g/package-info.java", "g/SecureTsc.java", "app/Boot.java");
    // Nothing changed: the registry is left in place, which ecj accepts though it has read it.
    GuestCompiler.Result same = compile(compiler, work, files, recompiled, List.of(work.resolve("classes"), library));
    assertLikeAFullBuild(same, work, fullBuild(compiler, "imported-same", files, library));
    byte[] before = Files.readAllBytes(work.resolve("classes/g/SnpGateRegistry.class"));
    deleteFeature(work, "g/DebugSwap");
    files.remove("g/DebugSwap.java");
    GuestCompiler.Result partial = compile(compiler, work, files, recompiled, List.of(work.resolve("classes"), library));
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
}
