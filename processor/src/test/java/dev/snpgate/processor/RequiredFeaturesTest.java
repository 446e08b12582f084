package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static dev.snpgate.processor.GuestSources.manifest;
import static dev.snpgate.processor.GuestSources.registrySource;
import static dev.snpgate.processor.GuestSources.requiringGuest;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.SnpGateVersion;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Required features (issue 18) in what the processor writes: golden files of a guest that requires
 * something, REQUIRED in the registry the gate reads, and the errors whose place only javac's
 * compile-testing pins on a multi-line annotation (the corpus runs the rest under javac and ecj).
 */
class RequiredFeaturesTest {

  private static final String REGISTRY = "dev.example.strict.SnpGateRegistry";

  @Test
  void requiringGuestMatchesItsGoldenFiles() {
    Compilation compilation = compile(requiringGuest());
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches("required-guest/SnpGateRegistry.java", registrySource(compilation, REGISTRY));
    Golden.assertMatches("required-guest/features.json", manifest(compilation));
    for (String name : List.of("behavior.md", "behavior.rst", "baseline.txt")) {
      Golden.assertMatches("required-guest/" + name, GuestSources.content(
          compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/snpgate/" + name)));
    }
  }

  @Test
  void theRegistryReportsRequiredWithWhoAndWhy() throws Exception {
    FeatureRegistry registry = GeneratedRegistries.load(compile(requiringGuest()), REGISTRY);
    assertEquals(1L << 2 | 1L << 8 | 1L << 11, registry.required());
    assertEquals("@SnpGuest package dev.example.strict", registry.requiredBy(2));
    assertEquals("", registry.requiredRationale(2));
    assertEquals("@SnpGuest package dev.example.strict", registry.requiredBy(8));
    assertEquals("Host IBS would let the host sample the guest's branches.", registry.requiredRationale(8));
    assertEquals("dev.example.strict.features.SecureTsc", registry.requiredBy(11));
    assertEquals("The guest has no clock but the TSC the security processor gives.", registry.requiredRationale(11));
    assertEquals("", registry.requiredBy(7));
  }

  /** A guest that requires nothing gets the registry earlier versions generated: no REQUIRED in it. */
  @Test
  void aGuestThatRequiresNothingHasNoRequiredMethods() {
    Compilation compilation = compile(exampleGuest());
    String registry = registrySource(compilation, "dev.example.guest.SnpGateRegistry");
    assertFalse(registry.contains("required"), registry);
    assertTrue(manifest(compilation).contains("\"required\": \"0x0000000000000000\""), manifest(compilation));
    assertFalse(DocsTest.doc(compilation, "behavior.md").contains("Required features"));
  }

  /** A guest requiring NoHostIBS and then {@code second}: the one error is on {@code second}'s line. */
  private static void assertErrorOnSecondRequire(String second, String message, String line) {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(requires = {",
        "    @dev.snpgate.annotations.SnpRequire(bit = 8, rationale = \"No host IBS.\"),",
        "    @dev.snpgate.annotations.SnpRequire(" + second + ")})",
        "package g;");
    GuestSources.assertSingleError(compile(guest), guest, message, line);
  }

  @Test
  void aStateBitInRequiresPointsAtTheBitAndSaysRequiresSnp() {
    assertErrorOnSecondRequire("bit = 2, rationale = \"SNP only.\"", String.format(Messages.REQUIRE_STATE_BIT, 2),
        "bit = 2");
  }

  @Test
  void aBitRequiredTwicePointsAtTheSecond() {
    assertErrorOnSecondRequire("bit = 8, rationale = \"Again.\"", String.format(Messages.REQUIRE_TWICE, 8),
        "\"Again.\"");
  }

  @Test
  void aBlankRationalePointsAtTheRationale() {
    assertErrorOnSecondRequire("bit = 9,\n        rationale = \" \"", String.format(Messages.REQUIRE_RATIONALE_EMPTY, 9),
        "rationale = \" \"");
  }

  /**
   * A runtime from before REQUIRED: its FeatureRegistry, here a source of the compilation, has no
   * {@code required()}, so the guest's requirement would be a method its gate never calls.
   */
  @Test
  void aRuntimeWithoutRequiredIsAnErrorAtTheGuest() throws URISyntaxException {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(requiresSnp = true)",
        "package g;");
    File annotationsOnly = new File(SnpFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withClasspath(List.of(annotationsOnly))
        .compile(guest,
            source("dev.snpgate.runtime.SevStatus", "package dev.snpgate.runtime;", "public final class SevStatus {}"),
            source("dev.snpgate.runtime.GuestFeature", "package dev.snpgate.runtime;",
                "public interface GuestFeature { void enable(SevStatus status); }"),
            source("dev.snpgate.runtime.FeatureRegistry", "package dev.snpgate.runtime;",
                "public interface FeatureRegistry { long implReq(); long present(); }"));
    assertThat(compilation).hadErrorContaining(String.format(Messages.RUNTIME_WITHOUT_REQUIRED, "0x0000000000000004",
        SnpGateVersion.VERSION)).inFile(guest).onLineContaining("package g");
    assertThat(compilation).hadErrorCount(1);
  }
}
