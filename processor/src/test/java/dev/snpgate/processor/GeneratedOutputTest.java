package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.manifest;
import static dev.snpgate.processor.GuestSources.registrySource;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the processor writes: golden files, the masks Linux has, and byte-identical reruns. */
class GeneratedOutputTest {

  private static final String EXAMPLE_REGISTRY = "dev.example.guest.SnpGateRegistry";

  @Test
  void exampleGuestRegistryMatchesItsGoldenFile() {
    Compilation compilation = compile(exampleGuest());
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches("example-guest/SnpGateRegistry.java", registrySource(compilation, EXAMPLE_REGISTRY));
  }

  @Test
  void exampleGuestManifestMatchesItsGoldenFile() {
    Golden.assertMatches("example-guest/features.json", manifest(compile(exampleGuest())));
  }

  @Test
  void exampleGuestBaselineMatchesItsGoldenFile() {
    Golden.assertMatches("example-guest/baseline.txt", GuestSources.content(
        compile(exampleGuest()).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/snpgate/baseline.txt")));
  }

  @Test
  void exampleGuestDocsMatchTheirGoldenFiles() {
    Compilation compilation = compile(exampleGuest());
    for (String name : List.of("behavior.md", "behavior.rst")) {
      Golden.assertMatches("example-guest/" + name, GuestSources.content(
          compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/snpgate/" + name)));
    }
  }

  /**
   * Linux 7.1 with CONFIG_AMD_SECURE_AVIC, derived by hand from the catalog: IMPL_REQ holds vTom 3,
   * ReflectVC 4, RI 5, AI 6, DebugSwap 7, VmplSSS 10, SecureTSC 11, VMGExitParam 12, reserved 13
   * and 15, VMSARegProt 16, SecureAVIC 18, reserved 19..22 and 24..63; PRESENT holds DebugSwap 7,
   * SecureTSC 11 and SecureAVIC 18.
   */
  @Test
  void debugSwapSecureTscAndSecureAvicGiveLinux71Masks() {
    String manifest = manifest(compile(exampleGuest()));
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffff7dbcf8\""), manifest);
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    String registry = registrySource(compile(exampleGuest()), EXAMPLE_REGISTRY);
    assertTrue(registry.contains("public static final long IMPL_REQ = 0xffffffffff7dbcf8L;"), registry);
    assertTrue(registry.contains("public static final long PRESENT = 0x0000000000040880L;"), registry);
  }

  /** Linux 6.14 to 7.1 without CONFIG_AMD_SECURE_AVIC: PRESENT is DebugSwap 7 and SecureTSC 11. */
  @Test
  void withoutSecureAvicPresentMatchesLinuxWithoutThatOption() {
    List<JavaFileObject> sources = new ArrayList<>(exampleGuest());
    sources.removeIf(source -> source.getName().contains("SecureAvic"));
    String manifest = manifest(compile(sources));
    assertTrue(manifest.contains("\"present\": \"0x0000000000000880\""), manifest);
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffff7dbcf8\""), manifest);
  }

  @Test
  void sameSourcesInAnyOrderGiveIdenticalBytes() throws IOException {
    List<JavaFileObject> forward = new ArrayList<>(exampleGuest());
    forward.add(feature("dev.example.other.NoHostIbs", "bit = 8"));
    forward.add(feature("dev.example.guest.features.Future", "bit = 40, name = \"Future40\""));
    List<JavaFileObject> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    Map<String, String> first = generatedFiles(compile(forward));
    Map<String, String> second = generatedFiles(compile(backward));
    // registry, guest contribution marker, manifest, baseline, two docs
    assertEquals(6, first.size(), first.keySet().toString());
    assertEquals(first, second);
  }

  private static Map<String, String> generatedFiles(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        files.put(file.toUri().getPath(), file.getCharContent(true).toString());
      }
    }
    return files;
  }

  @Test
  void guestWithNoFeatureClassStillGetsRegistryAndManifest() {
    Compilation compilation = compile(source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(name = \"linux-6.2\", registry = \"g.boot.Masks\")",
        "package g;"));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = registrySource(compilation, "g.boot.Masks");
    assertTrue(registry.contains("public static final long PRESENT = 0x0000000000000000L;"), registry);
    assertTrue(registry.contains("List.of()"), registry);
    String manifest = manifest(compilation);
    assertTrue(manifest.contains("\"guest\": \"linux-6.2\""), manifest);
    assertTrue(manifest.contains("\"registry\": \"g.boot.Masks\""), manifest);
    assertTrue(manifest.contains("\"present\": \"0x0000000000000000\""), manifest);
  }

  @Test
  void withoutSnpGuestTheRegistryIsInTheFeaturesOnePackage() {
    Compilation compilation = compile(
        feature("com.acme.guest.SecureTsc", "bit = 11"),
        feature("com.acme.guest.DebugSwap", "bit = 7"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.guest.SnpGateRegistry");
    assertTrue(manifest(compilation).contains("\"guest\": \"com.acme.guest\""));
  }

  @Test
  void guestDeclaredOnAClassNamesTheRegistryAfterItsPackage() {
    Compilation compilation = compile(
        source("k.Kernel", "package k;", "@dev.snpgate.annotations.SnpGuest(name = \"k\")", "public class Kernel {}"),
        feature("k.features.SecureTsc", "bit = 11"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("k.SnpGateRegistry");
  }

  /** Adding a feature in another package must not move the class the boot code imports. */
  @Test
  void featuresSpanningPackagesWithoutSnpGuestAreAnErrorOnEach() {
    JavaFileObject tsc = feature("com.acme.guest.timer.SecureTsc", "bit = 11");
    JavaFileObject swap = feature("com.acme.guest.debug.DebugSwap", "bit = 7");
    Compilation compilation = compile(tsc, swap);
    assertThat(compilation).hadErrorCount(2);
    String message = String.format(Messages.GUEST_REQUIRED, "span the packages com.acme.guest.debug, com.acme.guest.timer");
    assertThat(compilation).hadErrorContaining(message).inFile(tsc).onLineContaining("class SecureTsc");
    assertThat(compilation).hadErrorContaining(message).inFile(swap).onLineContaining("class DebugSwap");
  }

  @Test
  void newlyArchitectedBitIsPresentAndStaysInImplReq() {
    String manifest = manifest(compile(feature("g.Future", "bit = 40, name = \"Future40\", rationale = \"r\"")));
    assertTrue(manifest.contains("\"present\": \"0x0000010000000000\""), manifest);
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffff7dbcf8\""), manifest);
    assertTrue(manifest.contains("{\"bit\": 40, \"name\": \"Future40\", \"longName\": \"(reserved in the catalog; named by"
        + " this guest)\", \"tier\": \"RESERVED\", \"implRequired\": true, \"present\": true, \"implementation\":"
        + " \"g.Future\", \"rationale\": \"r\", \"reference\": null, \"origin\": null, \"definedBy\": null"
        + ", \"required\": false, \"requiredBy\": null, \"requiredRationale\": null}"), manifest);
  }

  @Test
  void nestedStaticFeatureClassIsConstructedByItsNestedName() {
    Compilation compilation = compile(source("g.Kernel",
        "package g;",
        "public final class Kernel {",
        "  @dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")",
        "  public static final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "    public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = registrySource(compilation, "g.SnpGateRegistry");
    assertTrue(registry.contains("return new Kernel.Tsc();"), registry);
    assertTrue(manifest(compilation).contains("\"implementation\": \"g.Kernel.Tsc\""));
  }

  @Test
  void rationaleFallsBackToTheFirstSentenceOfTheJavadoc() {
    String manifest = manifest(compile(source("g.Tsc",
        "package g;",
        "/**",
        " * Keeps the {@code TSC} honest. The host cannot scale it.",
        " *",
        " * @see dev.snpgate.runtime.GuestFeature",
        " */",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}")));
    assertTrue(manifest.contains("\"rationale\": \"Keeps the TSC honest.\""), manifest);
  }

  @Test
  void featureWithoutRationaleIsAWarningNamingTheClass() {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(String.format(dev.snpgate.processor.reporting.Messages.NO_RATIONALE,
        "g.Tsc")).inFile(file).onLineContaining("class Tsc");
  }
}
