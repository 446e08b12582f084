package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records' equals, hashCode and toString, written out to keep invokedynamic off the boot path,
 * keep a record's contract: equal when every component is, unequal when any one differs, and the
 * record's text {@code Name[component=value, ...]}.
 */
class RecordMethodsTest {

  private static final SevStatus STATUS = SevStatus.of(0x7);
  private static final FeatureDescriptor SECURE_TSC = new FeatureDescriptor(11, "SecureTSC", "g.SecureTsc", true, "r");
  private static final BitDefinition BIT = new BitDefinition(11, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED, "");

  /** {@code same} equals {@code value}; each of {@code others} differs from it in one component. */
  private static void assertRecord(Object value, Object same, String text, Object... others) {
    assertEquals(value, same);
    assertEquals(value.hashCode(), same.hashCode());
    assertEquals(text, value.toString());
    assertNotEquals(value, null);
    assertNotEquals(value, "not a record");
    for (Object other : others) {
      assertNotEquals(value, other);
      assertNotEquals(value.hashCode(), other.hashCode(), other.toString());
    }
  }

  @Test
  void bitDefinition() {
    assertRecord(BIT, new BitDefinition(11, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED, ""),
        "BitDefinition[bit=11, name=SecureTSC, longName=Secure TSC, tier=IMPL_REQUIRED, reference=]",
        new BitDefinition(12, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED, ""),
        new BitDefinition(11, "X", "Secure TSC", Tier.IMPL_REQUIRED, ""),
        new BitDefinition(11, "SecureTSC", "X", Tier.IMPL_REQUIRED, ""),
        new BitDefinition(11, "SecureTSC", "Secure TSC", Tier.RESERVED, ""),
        new BitDefinition(11, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED, "x"));
  }

  @Test
  void featureDescriptor() {
    assertRecord(SECURE_TSC, new FeatureDescriptor(11, "SecureTSC", "g.SecureTsc", true, "r"),
        "FeatureDescriptor[bit=11, name=SecureTSC, implementation=g.SecureTsc, implRequired=true, rationale=r]",
        new FeatureDescriptor(12, "SecureTSC", "g.SecureTsc", true, "r"),
        new FeatureDescriptor(11, "X", "g.SecureTsc", true, "r"),
        new FeatureDescriptor(11, "SecureTSC", "g.X", true, "r"),
        new FeatureDescriptor(11, "SecureTSC", "g.SecureTsc", false, "r"),
        new FeatureDescriptor(11, "SecureTSC", "g.SecureTsc", true, "x"));
  }

  @Test
  void unsupportedFeature() {
    assertRecord(new UnsupportedFeature(BIT), new UnsupportedFeature(BIT), "UnsupportedFeature[definition=" + BIT + "]",
        new UnsupportedFeature(Catalog.builtIn().definition(45)));
  }

  @Test
  void missingFeature() {
    assertRecord(new MissingFeature(BIT, "c.C", "why"), new MissingFeature(BIT, "c.C", "why"),
        "MissingFeature[definition=" + BIT + ", requiredBy=c.C, rationale=why]",
        new MissingFeature(Catalog.builtIn().definition(45), "c.C", "why"),
        new MissingFeature(BIT, "c.D", "why"),
        new MissingFeature(BIT, "c.C", "other"));
  }

  @Test
  void featureFailure() {
    FeatureFailure failure = new FeatureFailure(SECURE_TSC, "enable threw X", List.of());
    assertRecord(failure, new FeatureFailure(SECURE_TSC, "enable threw X", List.of()),
        "FeatureFailure[feature=" + SECURE_TSC + ", failure=enable threw X, enabledBefore=[]]",
        new FeatureFailure(new FeatureDescriptor(7, "DebugSwap", "g.D", true, ""), "enable threw X", List.of()),
        new FeatureFailure(SECURE_TSC, "enable threw Y", List.of()),
        new FeatureFailure(SECURE_TSC, "enable threw X", List.of(SECURE_TSC)));
  }

  @Test
  void ghcbTermination() {
    GhcbTermination request = GhcbTermination.forUnsupported(0x800);
    assertRecord(request, GhcbTermination.forUnsupported(0x800),
        "GhcbTermination[reasonSet=0, reasonCode=2, swExitCode=2147549182, swExitInfo1=32, swExitInfo2=2048, "
            + "msrProtocolValue=131328]",
        new GhcbTermination(1, 2, 0x8000fffeL, 0x20, 0x800, 0x20100),
        new GhcbTermination(0, 3, 0x8000fffeL, 0x20, 0x800, 0x20100),
        new GhcbTermination(0, 2, 0x8000ffffL, 0x20, 0x800, 0x20100),
        new GhcbTermination(0, 2, 0x8000fffeL, 0x21, 0x800, 0x20100),
        new GhcbTermination(0, 2, 0x8000fffeL, 0x20, 0x801, 0x20100),
        new GhcbTermination(0, 2, 0x8000fffeL, 0x20, 0x800, 0x20101));
  }

  @Test
  void snpInactive() {
    assertRecord(new SnpInactive(STATUS, "g"), new SnpInactive(SevStatus.of(0x7), "g"),
        "SnpInactive[status=0x0000000000000007, guestName=g]",
        new SnpInactive(SevStatus.of(0x3), "g"), new SnpInactive(STATUS, "h"));
  }

  @Test
  void bootDecision() {
    BootDecision boot = new BootDecision(STATUS, "g", List.of(SECURE_TSC), List.of(BIT), "1", List.of("p"));
    assertRecord(boot, new BootDecision(STATUS, "g", List.of(SECURE_TSC), List.of(BIT), "1", List.of("p")),
        "BootDecision[status=0x0000000000000007, guestName=g, enabledFeatures=[" + SECURE_TSC
            + "], enabledWithoutImplementation=[" + BIT + "], registryVersion=1, registryProblems=[p]]",
        new BootDecision(SevStatus.of(0x5), "g", List.of(SECURE_TSC), List.of(BIT), "1", List.of("p")),
        new BootDecision(STATUS, "h", List.of(SECURE_TSC), List.of(BIT), "1", List.of("p")),
        new BootDecision(STATUS, "g", List.of(), List.of(BIT), "1", List.of("p")),
        new BootDecision(STATUS, "g", List.of(SECURE_TSC), List.of(), "1", List.of("p")),
        new BootDecision(STATUS, "g", List.of(SECURE_TSC), List.of(BIT), "2", List.of("p")),
        new BootDecision(STATUS, "g", List.of(SECURE_TSC), List.of(BIT), "1", List.of()));
  }

  @Test
  void termination() {
    GhcbTermination request = GhcbTermination.forUnsupported(0x800);
    List<UnsupportedFeature> unsupported = List.of(new UnsupportedFeature(BIT));
    List<MissingFeature> missing = List.of(new MissingFeature(BIT, "c.C", "why"));
    FeatureFailure failure = new FeatureFailure(SECURE_TSC, "f", List.of());
    Termination termination = new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), request, "1", List.of("p"), failure);
    assertRecord(termination, new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), request, "1", List.of("p"), failure),
        "Termination[status=0x0000000000000007, guestName=g, unsupportedMask=2048, unsupported=" + unsupported
            + ", missingMask=0, missing=[], request=" + request + ", registryVersion=1, registryProblems=[p], featureFailure=" + failure + "]",
        new Termination(SevStatus.of(0x5), "g", 0x800, unsupported, 0, List.of(), request, "1", List.of("p"), failure),
        new Termination(STATUS, "h", 0x800, unsupported, 0, List.of(), request, "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x801, unsupported, 0, List.of(), request, "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, List.of(), 0, List.of(), request, "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0x40000, List.of(), request, "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0, missing, request, "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), GhcbTermination.forFeatureFailure(11), "1", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), request, "2", List.of("p"), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), request, "1", List.of(), failure),
        new Termination(STATUS, "g", 0x800, unsupported, 0, List.of(), request, "1", List.of("p"), null));
  }
}
