package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A registry's plain override values read against the runtime's catalog, never throwing. */
class CatalogOverridesTest {

  private static final long BUILT_IN_IMPL_REQ = Catalog.builtIn().implementationRequiredMask();

  /** A registry overriding {@code overridden} with one name, tier and long name for every bit. */
  private static FeatureRegistry overriding(long overridden, String name, String tier, String longName) {
    return new DelegatingRegistry(new TestRegistry()) {
      @Override
      public long catalogOverrides() {
        return overridden;
      }

      @Override
      public String overrideName(int bit) {
        return name;
      }

      @Override
      public String overrideLongName(int bit) {
        return longName;
      }

      @Override
      public String overrideTier(int bit) {
        return tier;
      }

      @Override
      public String overrideReference(int bit) {
        return "ref " + bit;
      }
    };
  }

  @Test
  void bitsTheRuntimeDoesNotDefineTakeTheGuestsDefinition() {
    CatalogOverrides overrides = CatalogOverrides.read(overriding(1L << 24 | 1L << 30, "New", "NO_IMPL_NEEDED", ""),
        1L << 24 | 1L << 30);
    assertEquals(new BitDefinition(24, "New", "New", Tier.NO_IMPL_NEEDED, "ref 24"), overrides.catalog().definition(24));
    assertEquals(BUILT_IN_IMPL_REQ & ~(1L << 24 | 1L << 30), overrides.catalog().implementationRequiredMask());
    assertEquals(BUILT_IN_IMPL_REQ & ~(1L << 24 | 1L << 30), overrides.registryCatalogImplReq());
    assertEquals(List.of(), overrides.problems());
    CatalogOverrides required = CatalogOverrides.read(overriding(1L << 24, "New", "IMPL_REQUIRED", "Long"), 1L << 24);
    assertEquals("Long", required.catalog().definition(24).longName());
    assertEquals(BUILT_IN_IMPL_REQ, required.catalog().implementationRequiredMask());
  }

  @Test
  void aBitTheRuntimeDefinesKeepsItsDefinitionAndTheStricterTier() {
    // Bit 8, NoHostIBS, needs no guest code in the runtime; the registry says it does.
    CatalogOverrides stricterGuest = CatalogOverrides.read(overriding(1L << 8, "NoHostIBS", "IMPL_REQUIRED", ""), 1L << 8);
    assertEquals(Catalog.builtIn().definition(8), stricterGuest.catalog().definition(8));
    assertEquals(BUILT_IN_IMPL_REQ | 1L << 8, stricterGuest.catalog().implementationRequiredMask());
    assertEquals(BUILT_IN_IMPL_REQ | 1L << 8, stricterGuest.registryCatalogImplReq());
    assertEquals(List.of("bit 8 is NoHostIBS (IMPL_REQUIRED) in the registry's catalog but NoHostIBS (NO_IMPL_NEEDED)"
        + " in the runtime's: the gate takes the stricter tier, which needs guest code"), stricterGuest.problems());
    CatalogOverrides same = CatalogOverrides.read(overriding(1L << 8, "NoHostIBS", "NO_IMPL_NEEDED", ""), 1L << 8);
    assertEquals(List.of(), same.problems());
    assertEquals(BUILT_IN_IMPL_REQ, same.catalog().implementationRequiredMask());
  }

  @Test
  void stateBitsUnknownTiersAndFailingValuesAreProblemsThatFailClosed() {
    CatalogOverrides overrides = CatalogOverrides.read(overriding(0x1L | 1L << 24, "X", "STATE", ""), 0x1L | 1L << 24);
    assertEquals(List.of("catalogOverrides() names SEV state bits (0x0000000000000001), which no catalog overrides;"
        + " they were ignored", "overrideTier(24) is \"STATE\", not a feature tier; the bit was treated as reserved"),
        overrides.problems());
    assertEquals(Tier.RESERVED, overrides.catalog().definition(24).tier());
    assertEquals(Catalog.builtIn().definition(0), overrides.catalog().definition(0));
    assertEquals(BUILT_IN_IMPL_REQ, overrides.catalog().implementationRequiredMask());

    FeatureRegistry failing = new DelegatingRegistry(new TestRegistry()) {
      @Override
      public String overrideName(int bit) {
        throw new IllegalStateException("name");
      }

      @Override
      public String overrideLongName(int bit) {
        return null;
      }

      @Override
      public String overrideTier(int bit) {
        throw new AbstractMethodError("tier");
      }

      @Override
      public String overrideReference(int bit) {
        throw new IllegalStateException("reference");
      }
    };
    CatalogOverrides unreadable = CatalogOverrides.read(failing, 1L << 30);
    assertEquals(List.of("overrideName(30) threw IllegalStateException: name",
        "overrideTier(30) threw AbstractMethodError: tier", "overrideReference(30) threw IllegalStateException: reference",
        "overrideTier(30) is \"\", not a feature tier; the bit was treated as reserved"), unreadable.problems());
    assertEquals(new BitDefinition(30, "", "", Tier.RESERVED, ""), unreadable.catalog().definition(30));
  }

  @Test
  void aRegistrysCatalogIsTheBuiltInOneWithItsOverridesOrWithoutThemWhenUnreadable() {
    assertSame(Catalog.builtIn(), new DelegatingRegistry(new TestRegistry(7)).catalog());
    FeatureRegistry overriding = overriding(1L << 24, "New", "NO_IMPL_NEEDED", "");
    assertEquals("New", overriding.catalog().definition(24).name());
    FeatureRegistry unreadable = new DelegatingRegistry(new TestRegistry()) {
      @Override
      public long catalogOverrides() {
        throw new IllegalStateException("overrides");
      }
    };
    assertSame(Catalog.builtIn(), unreadable.catalog());
    FeatureRegistry brokenJvm = new DelegatingRegistry(new TestRegistry()) {
      @Override
      public long catalogOverrides() {
        throw new OutOfMemoryError("test");
      }
    };
    assertThrows(OutOfMemoryError.class, brokenJvm::catalog);
  }

  @Test
  void theDefaultsOverrideNothing() {
    FeatureRegistry plain = new BootProbe();
    assertEquals(0L, plain.catalogOverrides());
    assertEquals("", plain.overrideName(24));
    assertEquals("", plain.overrideLongName(24));
    assertEquals("", plain.overrideTier(24));
    assertEquals("", plain.overrideReference(24));
  }
}
