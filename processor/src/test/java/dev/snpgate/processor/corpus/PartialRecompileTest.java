package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A guest of three features (one from a library) built in full, then part of it recompiled as an
 * IDE's build does: a few sources, into the same class output, with that output on the class path.
 * The registry, manifest, docs and baseline must be those of a full build of the same sources,
 * under ecj's batch compiler too (which refuses to create a type it can see: the processor keeps the
 * old registry out of its sight). How the old registry is kept, and the shapes around it:
 * {@link PartialRecompileRecoveryTest}.
 */
class PartialRecompileTest extends PartialRecompileSupport {


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
