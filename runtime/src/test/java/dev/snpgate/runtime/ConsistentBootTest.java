package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate decides on a consistent registry from its plain values alone (the boot path's class
 * budget, docs/performance.md): the decision is the one the full reading of the registry gives,
 * and anything the plain values cannot vouch for is read in full and named.
 */
class ConsistentBootTest {

  private static final long SNP_ON = 0x7L;

  /** A guest overriding bit 24 (no guest code), bit 30 (needs it) and naming bit 45, implementing 7, 30, 45. */
  private static TestRegistry guestWithOverrides() {
    Catalog catalog = Catalog.builtIn()
        .withOverride(new BitDefinition(24, "FutureFeat", "Future feature", Tier.NO_IMPL_NEEDED, "APM"))
        .withOverride(new BitDefinition(30, "NewThing", "New thing", Tier.IMPL_REQUIRED, "APM"))
        .withOverride(new BitDefinition(45, "Named", "(named by the guest)", Tier.RESERVED, ""));
    return new TestRegistry(catalog, catalog.implementationRequiredMask(), 7, 30, 45);
  }

  /** {@code registry} read in full: a null version is the one thing the consistent path does not take. */
  private static FeatureRegistry readInFull(TestRegistry registry) {
    return new DelegatingRegistry(registry) {
      @Override
      public String snpgateVersion() {
        return null;
      }
    };
  }

  @Test
  void everySingleBitIsDecidedAsTheFullReadingDecides() {
    for (TestRegistry guest : List.of(new TestRegistry(), new TestRegistry(7, 11, 18), guestWithOverrides())) {
      for (int bit = 3; bit < Catalog.BITS; bit++) {
        SevStatus status = SevStatus.of(SNP_ON | 1L << 7 | 1L << bit);
        GateDecision decision = Gate.decide(status, guest);
        assertEquals(Gate.decide(status, readInFull(guest)), decision, "bit " + bit);
        assertEquals(Gate.decide(status, readInFull(guest)).message(), decision.message(), "bit " + bit);
      }
    }
  }

  @Test
  void overridesAreReadAsTheCatalogWouldGiveThem() {
    BootDecision boot = assertInstanceOf(BootDecision.class,
        Gate.boot(SevStatus.of(SNP_ON | 1L << 24 | 1L << 30 | 1L << 45), guestWithOverrides()));
    assertEquals(List.of(), boot.registryProblems());
    assertEquals("FutureFeat", boot.enabledWithoutImplementation().get(0).name());
    assertEquals(List.of(30, 45), Arrays.asList(boot.enabledFeatures().get(0).bit(), boot.enabledFeatures().get(1).bit()));
  }

  @Test
  void anOverrideWithoutAFeatureTierIsReadInFullAndNamed() {
    FeatureRegistry stateTier = new DelegatingRegistry(guestWithOverrides()) {
      @Override
      public String overrideTier(int bit) {
        return bit == 24 ? "STATE" : delegate.overrideTier(bit);
      }
    };
    BootDecision boot = assertInstanceOf(BootDecision.class, Gate.boot(SevStatus.of(SNP_ON | 1L << 7), stateTier));
    assertEquals(List.of("overrideTier(24) is \"STATE\", not a feature tier; the bit was treated as reserved",
        "IMPL_REQ is 0xfffffffffe7dbcf8 but its catalog requires 0xffffffffff7dbcf8"), boot.registryProblems());
  }

  @Test
  void overridesOfStateBitsAreReadInFullAndNamed() {
    FeatureRegistry stateOverride = new DelegatingRegistry(new TestRegistry(7)) {
      @Override
      public long catalogOverrides() {
        return 1L << 2;
      }
    };
    BootDecision boot = assertInstanceOf(BootDecision.class, Gate.boot(SevStatus.of(SNP_ON | 1L << 7), stateOverride));
    assertEquals(List.of("catalogOverrides() names SEV state bits (0x0000000000000004), which no catalog overrides;"
        + " they were ignored"), boot.registryProblems());
  }

  @Test
  void descriptorsGoneWhenTheDecisionReadsThemAreLeftOutNotThrownOn() {
    TestRegistry guest = new TestRegistry(7, 11);
    guest.constructionFailures.put(11, new IllegalStateException("no TSC"));
    // The descriptors vouch for PRESENT when the gate decides, and are gone when it explains.
    FeatureRegistry vanishing = new DelegatingRegistry(guest) {
      private int reads;

      @Override
      public List<FeatureDescriptor> features() {
        return reads++ == 0 ? delegate.features() : List.of();
      }
    };
    Termination termination = assertInstanceOf(Termination.class,
        Gate.boot(SevStatus.of(SNP_ON | 1L << 7 | 1L << 11), vanishing));
    assertEquals(new FeatureDescriptor(11, "reserved-bit-11", "(no descriptor)", true, ""),
        termination.featureFailure().feature());
    assertEquals(List.of(), termination.featureFailure().enabledBefore());
    assertEquals(List.of(7), guest.enabled);
  }

  @Test
  void theConstantsTheGateReadsAreTheBuiltInCatalogs() {
    long named = 0;
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      named |= Catalog.builtIn().definition(bit).isNamed() ? 1L << bit : 0;
    }
    assertEquals(named, Catalog.BUILT_IN_NAMED);
    assertEquals(Catalog.builtIn().implementationRequiredMask(), Catalog.BUILT_IN_IMPLEMENTATION_REQUIRED);
  }

  @Test
  void describedBitsAreTheDescriptorsBitsWhenTheyAreInStrictlyIncreasingFeatureBitOrder() {
    assertEquals(1L << 3 | 1L << 63, new DelegatingRegistry(new TestRegistry(3, 63)).describedBits());
    assertEquals(0L, new DelegatingRegistry(new TestRegistry()).describedBits());
    assertEquals(-1L, new DelegatingRegistry(new TestRegistry(11, 7)).describedBits());
    assertEquals(-1L, new DelegatingRegistry(new TestRegistry(7, 7)).describedBits());
    assertEquals(-1L, new DelegatingRegistry(new TestRegistry(2)).describedBits());
    FeatureRegistry nullDescriptor = new DelegatingRegistry(new TestRegistry(7)) {
      @Override
      public List<FeatureDescriptor> features() {
        return Arrays.asList((FeatureDescriptor) null);
      }
    };
    assertEquals(-1L, nullDescriptor.describedBits());
  }
}
