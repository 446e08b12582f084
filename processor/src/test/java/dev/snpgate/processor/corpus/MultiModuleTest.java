package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.annotations.SnpContribution;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.SnpGateVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guests built from several modules, each compiled on its own as a build tool would, with the
 * earlier modules' class output on the class path: feature libraries contribute their features,
 * under javac and ecj alike, and every way that could leave a feature out is an error.
 */
class MultiModuleTest {

  private static final String HEADER = "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n";
  private static final String BODY = " implements GuestFeature { public void enable(SevStatus s) {} }";

  @TempDir
  Path dir;

  private GuestCompiler.Result compile(GuestCompiler compiler, String module, Map<String, String> files,
      List<String> options, Path... modules) throws IOException {
    Path sources = dir.resolve(compiler + "/" + module + "/src");
    return compiler.compile(sources, GuestCompiler.writeSources(sources, files), dir.resolve(compiler + "/" + module), true, options, List.of(),
        List.of(modules));
  }

  private static String feature(String pkg, String name, String attributes) {
    return "package " + pkg + ";\n" + HEADER + "@SnpFeature(" + attributes + ")\npublic final class " + name + BODY + "\n";
  }

  private GuestCompiler.Result library(GuestCompiler compiler, String module, String pkg, String name, String attributes)
      throws IOException {
    GuestCompiler.Result result = compile(compiler, module, Map.of(
        pkg.replace('.', '/') + "/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage " + pkg + ";\n",
        pkg.replace('.', '/') + "/" + name + ".java", feature(pkg, name, attributes)),
        List.of("-Asnpgate.origin=com.example:" + module));
    assertTrue(result.success(), result.messages().toString());
    return result;
  }

  private static final Map<String, String> GUEST = Map.of(
      "g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"mm\")\npackage g;\n",
      "g/DebugSwap.java", feature("g", "DebugSwap", "bit = 7, rationale = \"Swaps debug registers.\""));

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aGuestHasTheFeaturesOfEveryLibraryOnItsClassPath(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result timekeeping = library(compiler, "timekeeping", "lib.tsc", "SecureTsc",
        "bit = 11, rationale = \"Trusted TSC.\"");
    GuestCompiler.Result apic = library(compiler, "apic", "lib.avic", "SecureAvic", "bit = 18, rationale = \"Own APIC.\"");
    assertNull(timekeeping.resource("META-INF/snpgate/features.json"), "a library writes no guest outputs");
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), timekeeping.classes(), apic.classes());
    assertTrue(guest.success(), guest.messages().toString());
    String manifest = guest.resource("META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"lib.tsc.SecureTsc\", \"rationale\": \"Trusted TSC.\","
        + " \"reference\": null, \"origin\": \"com.example:timekeeping\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"g.DebugSwap\", \"rationale\": \"Swaps debug registers.\","
        + " \"reference\": null, \"origin\": null"), manifest);
    assertTrue(guest.resource("META-INF/snpgate/baseline.txt")
        .contains("bit 18 SecureAVIC IMPL_REQUIRED present lib.avic.SecureAvic@com.example:apic\n"));
    String registry = Files.readString(guest.generatedSources().resolve("g/SnpGateRegistry.java"));
    assertTrue(registry.contains("return new SecureTsc();") && registry.contains("import lib.tsc.SecureTsc;"), registry);
  }

  @Test
  void javacAndEcjWriteTheSameOutputsForAMultiModuleGuest() throws IOException {
    List<String> outputs = List.of("META-INF/snpgate/features.json", "META-INF/snpgate/baseline.txt",
        "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");
    List<List<String>> byCompiler = new ArrayList<>();
    for (GuestCompiler compiler : GuestCompiler.values()) {
      GuestCompiler.Result library = library(compiler, "timekeeping", "lib.tsc", "SecureTsc", "bit = 11, rationale = \"r\"");
      GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), library.classes());
      assertTrue(guest.success(), compiler + ": " + guest.messages());
      List<String> texts = new ArrayList<>();
      for (String output : outputs) {
        texts.add(guest.resource(output));
      }
      byCompiler.add(texts);
    }
    assertEquals(byCompiler.get(0), byCompiler.get(1));
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void oneBitInTwoLibrariesIsAnErrorNamingBothClassesAndOrigins(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result first = library(compiler, "timekeeping", "lib.tsc", "SecureTsc", "bit = 11, rationale = \"r\"");
    GuestCompiler.Result second = library(compiler, "clock", "lib.clock", "Tsc", "bit = 11, rationale = \"r\"");
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), first.classes(), second.classes());
    assertFalse(guest.success());
    String errors = guest.errors().toString();
    assertTrue(errors.contains(String.format(Messages.DUPLICATE_BIT_ACROSS_MODULES, 11, "lib.clock.Tsc",
        "library com.example:clock", "lib.tsc.SecureTsc", "library com.example:timekeeping")), errors);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aModuleCompiledAsAGuestOnAnotherGuestsClassPathIsAnError(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result other = compile(compiler, "other", Map.of(
        "o/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"other\")\npackage o;\n",
        "o/SecureTsc.java", feature("o", "SecureTsc", "bit = 11, rationale = \"r\"")), List.of("-Asnpgate.origin=com.example:other"));
    assertTrue(other.success(), other.messages().toString());
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), other.classes());
    assertFalse(guest.success());
    assertTrue(guest.errors().toString().contains(String.format(Messages.GUEST_ON_CLASS_PATH, "com.example:other",
        "o.SnpGateRegistry")), guest.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aContributionOfAnotherFormatIsAnErrorSayingWhatToDo(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result future = compile(compiler, "future", Map.of(
        "dev/snpgate/contributions/Library_future.java", "package dev.snpgate.contributions;\n"
            + "@dev.snpgate.annotations.SnpContribution(format = 2, snpgateVersion = \"9.0.0\", kind = \"library\","
            + " origin = \"com.example:future\")\npublic final class Library_future {}\n"), List.of());
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), future.classes());
    assertFalse(guest.success());
    assertTrue(guest.errors().toString().contains(String.format(Messages.CONTRIBUTION_FORMAT,
        "dev.snpgate.contributions.Library_future", "9.0.0", 2, SnpGateVersion.VERSION, SnpContribution.FORMAT)),
        guest.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aGuestWithLibraryFeaturesNeedsSnpGuest(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result library = library(compiler, "timekeeping", "lib.tsc", "SecureTsc", "bit = 11, rationale = \"r\"");
    GuestCompiler.Result guest = compile(compiler, "guest", Map.of("g/DebugSwap.java",
        feature("g", "DebugSwap", "bit = 7, rationale = \"r\"")), List.of(), library.classes());
    assertFalse(guest.success());
    assertTrue(guest.errors().toString().contains(String.format(Messages.GUEST_REQUIRED,
        "come from feature libraries (com.example:timekeeping)")), guest.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aLibraryWithoutFeaturesWarns(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result empty = compile(compiler, "empty", Map.of("e/package-info.java",
        "@dev.snpgate.annotations.SnpLibrary(name = \"empty-lib\")\npackage e;\n"), List.of());
    assertTrue(empty.messages().toString().contains(String.format(Messages.LIBRARY_WITHOUT_FEATURES, "empty-lib")),
        empty.messages().toString());
  }

  @Test
  void aClassInTheContributionsPackageWithoutItsAnnotationIsAnErrorNotIgnored() throws IOException {
    GuestCompiler compiler = GuestCompiler.JAVAC;
    GuestCompiler.Result stray = compile(compiler, "stray", Map.of("dev/snpgate/contributions/Stray.java",
        "package dev.snpgate.contributions;\npublic final class Stray {}\n"), List.of());
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), stray.classes());
    assertFalse(guest.success());
    assertTrue(guest.errors().toString().contains(String.format(Messages.CONTRIBUTION_UNREADABLE,
        "dev.snpgate.contributions.Stray", "it has no readable @SnpContribution")), guest.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aLibraryDeclaredTwiceOrBesideAGuestIsAnError(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result twice = compile(compiler, "twice", Map.of(
        "l/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage l;\n",
        "l/Marker.java", "package l;\n@dev.snpgate.annotations.SnpLibrary\npublic final class Marker {}\n"), List.of());
    assertTrue(twice.errors().toString().contains("@SnpLibrary is declared on both"), twice.errors().toString());
    GuestCompiler.Result both = compile(compiler, "both", Map.of(
        "l/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage l;\n",
        "l/Boot.java", "package l;\n@dev.snpgate.annotations.SnpGuest\npublic final class Boot {}\n"), List.of());
    assertTrue(both.errors().toString().contains(String.format(Messages.LIBRARY_AND_GUEST, "package l", "l.Boot")),
        both.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void libraryNamesAndOriginsMustBeTokens(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result badName = compile(compiler, "bad-name", Map.of("l/package-info.java",
        "@dev.snpgate.annotations.SnpLibrary(name = \"my lib`\")\npackage l;\n"), List.of());
    assertTrue(badName.errors().toString().contains(String.format(Messages.BAD_LIBRARY_NAME, "my lib`")),
        badName.errors().toString());
    GuestCompiler.Result badOrigin = compile(compiler, "bad-origin", Map.of("l/package-info.java",
        "@dev.snpgate.annotations.SnpLibrary\npackage l;\n"), List.of("-Asnpgate.origin=a b"));
    assertTrue(badOrigin.errors().toString().contains(String.format(Messages.BAD_ORIGIN_OPTION, "a b")),
        badOrigin.errors().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aLibraryFeaturesJavadocRationaleReachesTheGuestWithoutAWarning(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result library = compile(compiler, "documented", Map.of(
        "lib/package-info.java", "@dev.snpgate.annotations.SnpLibrary(name = \"documented\")\npackage lib;\n",
        "lib/SecureTsc.java", "package lib;\n" + HEADER + "/** Takes the TSC from the security processor. More. */\n"
            + "@SnpFeature(bit = 11)\npublic final class SecureTsc" + BODY + "\n"), List.of());
    assertTrue(library.success(), library.messages().toString());
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), library.classes());
    assertTrue(guest.success(), guest.messages().toString());
    assertTrue(guest.resource("META-INF/snpgate/features.json").contains("\"implementation\": \"lib.SecureTsc\","
        + " \"rationale\": \"Takes the TSC from the security processor.\""), guest.resource("META-INF/snpgate/features.json"));
  }

  @Test
  void aLibraryWhoseFeatureClassLostItsAnnotationIsStaleAndAnError() throws IOException {
    GuestCompiler compiler = GuestCompiler.JAVAC;
    GuestCompiler.Result library = library(compiler, "timekeeping", "lib.tsc", "SecureTsc", "bit = 11, rationale = \"r\"");
    GuestCompiler.Result changed = compile(compiler, "changed", Map.of("lib/tsc/SecureTsc.java",
        "package lib.tsc;\n" + HEADER + "public final class SecureTsc" + BODY + "\n"), List.of());
    GuestCompiler.Result guest = compile(compiler, "guest", GUEST, List.of(), changed.classes(), library.classes());
    assertFalse(guest.success());
    assertTrue(guest.errors().toString().contains(String.format(Messages.FEATURE_ANNOTATION_MISSING, "lib.tsc.SecureTsc")),
        guest.errors().toString());
  }
}
