package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guest owns its gate: a feature library that takes a bit out of IMPL_REQ applies to a guest
 * only with the guest's {@code @SnpAccept}, under javac and ecj alike.
 */
class LibraryAcceptanceTest {

  private static final String FEATURE = "package g;\nimport dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n"
      + "@SnpFeature(bit = 7, rationale = \"Swaps debug registers.\")\n"
      + "public final class DebugSwap implements GuestFeature { public void enable(SevStatus s) {} }\n";

  private static final String APIC = "com.example:apic";
  /** The line of the guest's package-info.java with {@code @SnpGuest}. */
  private static final long GUEST_LINE = 1;

  @TempDir
  Path dir;

  private GuestCompiler.Result compile(GuestCompiler compiler, String module, Map<String, String> files,
      List<String> options, Path... modules) throws IOException {
    Path sources = dir.resolve(compiler + "/" + module + "/src");
    return compiler.compile(sources, GuestCompiler.writeSources(sources, files), dir.resolve(compiler + "/" + module), true, options, List.of(),
        List.of(modules));
  }

  /** A library whose package carries one catalog override of bit 24 with {@code tier}. */
  private Path library(GuestCompiler compiler, String tier) throws IOException {
    GuestCompiler.Result library = compile(compiler, "cpu-" + tier, Map.of("lib/cpu/SecureAvic.java",
        "package lib.cpu;\n@dev.snpgate.annotations.SnpFeature(bit = 18, rationale = \"Own APIC.\")\npublic final class"
            + " SecureAvic implements dev.snpgate.runtime.GuestFeature {\n  public void enable(dev.snpgate.runtime.SevStatus"
            + " s) {}\n}\n",
        "lib/cpu/package-info.java",
        "@dev.snpgate.annotations.SnpLibrary\n"
            + "@dev.snpgate.annotations.SnpCatalogOverride(bit = 24, name = \"FutureProt\", tier ="
            + " dev.snpgate.annotations.SnpCatalogOverride.Tier." + tier + ", reference = \"AMD APM rev 3.99\")\n"
            + "package lib.cpu;\n"), List.of("-Asnpgate.origin=com.example:cpu"));
    assertTrue(library.success(), library.messages().toString());
    return library.classes();
  }

  /** A library {@value #APIC} whose SecureAvic (bit 18) says the host must enable it. */
  private Path requiringLibrary(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result library = compile(compiler, "apic", Map.of("lib/apic/SecureAvic.java",
        "package lib.apic;\n@dev.snpgate.annotations.SnpFeature(bit = 18, required = true, rationale = \"Only APIC.\")\n"
            + "public final class SecureAvic implements dev.snpgate.runtime.GuestFeature {\n"
            + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n",
        "lib/apic/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage lib.apic;\n"),
        List.of("-Asnpgate.origin=" + APIC));
    assertTrue(library.success(), library.messages().toString());
    return library.classes();
  }

  private GuestCompiler.Result guest(GuestCompiler compiler, String guestAttributes, Path library) throws IOException {
    return compile(compiler, "guest", Map.of(
        "g/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"owner\"" + guestAttributes + ")\npackage g;\n",
        "g/DebugSwap.java", FEATURE), List.of(), library);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aLibraryCannotTakeABitOutOfTheGuestsImplReqUnasked(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler, "", library(compiler, "NO_IMPL_NEEDED"));
    assertFalse(guest.success());
    assertEquals(1, guest.errors().size(), guest.messages().toString());
    GuestCompiler.Message error = guest.errors().get(0);
    assertEquals("feature library com.example:cpu takes bit 24 (FutureProt) out of IMPL_REQ with a catalog override"
        + " (tier NO_IMPL_NEEDED): a dependency must not change where this guest can run. If the guest accepts it,"
        + " add to its @SnpGuest: accept = @SnpAccept(library = \"com.example:cpu\", bit = 24)", error.text());
    assertEquals(String.format(Messages.LIBRARY_OVERRIDE_NOT_ACCEPTED, "com.example:cpu", 24, "FutureProt",
        "com.example:cpu", 24), error.text());
    assertEquals("g/package-info.java", error.file());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void withTheGuestsAcceptanceItAppliesAndTheManifestNamesItsOrigin(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler,
        ", accept = @dev.snpgate.annotations.SnpAccept(library = \"com.example:cpu\", bit = 24)",
        library(compiler, "NO_IMPL_NEEDED"));
    assertTrue(guest.success(), guest.messages().toString());
    String manifest = guest.resource("META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"implReq\": \"0xfffffffffe7dbcf8\""), manifest);
    assertTrue(manifest.contains("\"present\": \"0x0000000000040080\""), manifest);
    assertTrue(manifest.contains("{\"bit\": 24, \"name\": \"FutureProt\", \"longName\": \"FutureProt\", \"tier\":"
        + " \"NO_IMPL_NEEDED\", \"implRequired\": false, \"present\": false, \"implementation\": null, \"rationale\":"
        + " null, \"reference\": \"AMD APM rev 3.99\", \"origin\": null, \"definedBy\": \"com.example:cpu\""
        + ", \"required\": false, \"requiredBy\": null, \"requiredRationale\": null}"), manifest);
    String docs = guest.resource("META-INF/snpgate/behavior.md");
    assertTrue(docs.contains("Defined by a catalog override of feature library com\\.example\\:cpu\\, accepted by the"
        + " guest\\: AMD APM rev 3\\.99 |"), "the docs' Markdown, escaped: " + docs);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void anOverrideThatKeepsItsBitInImplReqNeedsNoAcceptance(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler, "", library(compiler, "IMPL_REQUIRED"));
    assertTrue(guest.success(), guest.messages().toString());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void anAcceptanceOfNothingIsAnError(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler,
        ", accept = @dev.snpgate.annotations.SnpAccept(library = \"com.example:cpu\", bit = 25)",
        library(compiler, "IMPL_REQUIRED"));
    assertFalse(guest.success());
    assertEquals(1, guest.errors().size(), guest.messages().toString());
    assertEquals(String.format(Messages.ACCEPTANCE_UNUSED, "com.example:cpu", 25), guest.errors().get(0).text());
    assertEquals("g/package-info.java", guest.errors().get(0).file());
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void aLibrarysRequirementNeedsTheGuestsAcceptance(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler, "", requiringLibrary(compiler));
    assertFalse(guest.success());
    assertEquals(1, guest.errors().size(), guest.messages().toString());
    GuestCompiler.Message error = guest.errors().get(0);
    assertEquals("feature library com.example:apic requires bit 18 (SecureAVIC) with lib.apic.SecureAvic"
        + " (@SnpFeature(required = true)): a dependency must not change where this guest can run. If the guest"
        + " accepts it, add to its @SnpGuest: accept = @SnpAccept(library = \"com.example:apic\", bit = 18)",
        error.text());
    assertEquals(String.format(Messages.LIBRARY_REQUIREMENT_NOT_ACCEPTED, APIC, 18, "SecureAVIC",
        "lib.apic.SecureAvic", APIC, 18), error.text());
    assertEquals("g/package-info.java", error.file());
    assertEquals(GUEST_LINE, error.line(), "at @SnpGuest: " + error);
  }

  @ParameterizedTest
  @EnumSource(GuestCompiler.class)
  void withTheGuestsAcceptanceTheLibrarysRequirementIsTheGuests(GuestCompiler compiler) throws IOException {
    GuestCompiler.Result guest = guest(compiler,
        ", accept = @dev.snpgate.annotations.SnpAccept(library = \"" + APIC + "\", bit = 18)",
        requiringLibrary(compiler));
    assertTrue(guest.success(), guest.messages().toString());
    String manifest = guest.resource("META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"required\": \"0x0000000000040000\""), manifest);
    assertTrue(manifest.contains("\"required\": true, \"requiredBy\": \"lib.apic.SecureAvic@com.example:apic\","
        + " \"requiredRationale\": \"Only APIC.\"}"), manifest);
  }
}
