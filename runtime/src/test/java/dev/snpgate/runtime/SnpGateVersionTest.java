package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime's version constant is the Maven project version, written at build time. */
class SnpGateVersionTest {

  @Test
  void versionIsTheProjectVersionBuiltFromTheTemplate() {
    assertFalse(SnpGateVersion.VERSION.contains("${"), "the template was not filtered: " + SnpGateVersion.VERSION);
    assertTrue(SnpGateVersion.VERSION.matches("[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?"), SnpGateVersion.VERSION);
    // Surefire passes the version Maven builds; other runners (PIT) may not.
    String built = System.getProperty("snpgate.projectVersion");
    if (built != null) {
      assertEquals(built, SnpGateVersion.VERSION);
    }
  }

  @Test
  void registryGeneratedBeforeVersionsWereRecordedHasAnEmptyVersion() {
    FeatureRegistry older = new FeatureRegistry() {
      @Override
      public String guestName() {
        return "older";
      }

      @Override
      public Catalog catalog() {
        return Catalog.builtIn();
      }

      @Override
      public long implReq() {
        return Catalog.builtIn().implementationRequiredMask();
      }

      @Override
      public long present() {
        return 0;
      }

      @Override
      public List<FeatureDescriptor> features() {
        return List.of();
      }

      @Override
      public GuestFeature newFeature(int bit) {
        throw new IllegalArgumentException("no feature at bit " + bit);
      }
    };
    assertEquals("", older.snpgateVersion());
    BootDecision boot = (BootDecision) Gate.boot(SevStatus.of(0x7), older);
    assertEquals("", boot.registryVersion());
    assertTrue(boot.registryProblems().isEmpty());
  }
}
