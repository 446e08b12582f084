package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.snpgate.runtime.BootDecision;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated registry with catalog overrides, compiled and run through the runtime's gate: its
 * plain override values give the runtime the guest's catalog, with no catalog built when the
 * registry class initialises (issue 16, item 2); its REQUIRED (issue 18).
 */
class GeneratedRegistryGateTest {

  @Test
  void overridesReachTheGateAsTheGuestsCatalog() throws Exception {
    Compilation compilation = compile(
        source("g.package-info",
            "@SnpCatalogOverride(bit = 24, name = \"FutureFeat\", tier = Tier.NO_IMPL_NEEDED, reference = \"APM 3.99\")",
            "package g;",
            "import dev.snpgate.annotations.SnpCatalogOverride;",
            "import dev.snpgate.annotations.SnpCatalogOverride.Tier;"),
        feature("g.Tsc", "bit = 11"),
        feature("g.Named", "bit = 45, name = \"NewThing\""));
    assertThat(compilation).succeededWithoutWarnings();
    FeatureRegistry registry = registry(compilation, "g.SnpGateRegistry");

    assertEquals(1L << 24 | 1L << 45, registry.catalogOverrides());
    assertEquals("FutureFeat", registry.catalog().definition(24).name());
    assertEquals("NewThing", registry.catalog().definition(45).name());
    BootDecision boot = assertInstanceOf(BootDecision.class,
        Gate.boot(SevStatus.of(0x7L | 1L << 11 | 1L << 24 | 1L << 45), registry));
    assertEquals(List.of(), boot.registryProblems(), boot.message());
    assertEquals("FutureFeat", boot.enabledWithoutImplementation().get(0).name());
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(0x7L | 1L << 7), registry));
    assertEquals(1L << 7, termination.request().swExitInfo2());
  }

  /** REQUIRED reaches the gate: bit 2 for a guest that runs only as an SEV-SNP guest, nothing for one that does not. */
  @Test
  void requiresSnpSetsBitTwoOfRequired() throws Exception {
    FeatureRegistry snpOnly = registry(compile(source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(requiresSnp = true)", "package g;")), "g.SnpGateRegistry");
    FeatureRegistry anywhere = registry(compile(source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest", "package g;")), "g.SnpGateRegistry");
    assertEquals(1L << 2, snpOnly.required());
    assertEquals(0L, anywhere.required());
    assertFalse(Gate.decide(SevStatus.of(0), snpOnly).boots(), "SEV-SNP inactive: the SNP-only guest must not boot");
    assertTrue(Gate.decide(SevStatus.of(0), anywhere).boots(), "SEV-SNP inactive: a guest that requires nothing boots");
  }

  private static FeatureRegistry registry(Compilation compilation, String name) throws Exception {
    assertThat(compilation).succeededWithoutWarnings();
    return GeneratedRegistries.load(compilation, name);
  }
}
