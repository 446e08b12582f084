package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateTest {

  private static final long SNP = 1L << 2;
  private static final CatalogDocument DOCUMENT = CatalogDocument.load();

  /** The oracle, bit by bit from the catalog document rather than from mask arithmetic. */
  static long expectedUnsupported(long status, long present) {
    if ((status & SNP) == 0) {
      return 0;
    }
    long unsupported = 0;
    for (int bit = 3; bit < 64; bit++) {
      boolean enabled = (status >>> bit & 1) == 1;
      boolean implemented = (present >>> bit & 1) == 1;
      if (enabled && DOCUMENT.linuxImplReq(bit) && !implemented) {
        unsupported |= 1L << bit;
      }
    }
    return unsupported;
  }

  static void assertAgreesWithFormula(long status, TestRegistry registry, String context) {
    GateDecision decision = Gate.decide(SevStatus.of(status), registry);
    long expected = expectedUnsupported(status, registry.present());
    if ((status & SNP) == 0) {
      assertInstanceOf(SnpInactive.class, decision, context);
    } else if (expected == 0) {
      assertInstanceOf(BootDecision.class, decision, context);
    } else {
      assertInstanceOf(Termination.class, decision, context);
      assertEquals(expected, ((Termination) decision).unsupportedMask(), context);
    }
    assertEquals(expected == 0, decision.boots(), context);
  }

  @Test
  void everySingleBitStatusAloneAndWithSnp() {
    List<TestRegistry> guests = List.of(new TestRegistry(), new TestRegistry(7, 11, 18), new TestRegistry(8, 40));
    for (TestRegistry guest : guests) {
      for (int bit = 0; bit < 64; bit++) {
        assertAgreesWithFormula(1L << bit, guest, "bit " + bit + " alone, PRESENT " + SevStatus.hex(guest.present()));
        assertAgreesWithFormula(1L << bit | SNP, guest, "bit " + bit + " with SNP, PRESENT " + SevStatus.hex(guest.present()));
      }
    }
  }

  @Test
  void everyReservedBitWithSnpTerminatesWhateverTheGuestImplements() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    for (int bit = 3; bit < 64; bit++) {
      if (Catalog.builtIn().definition(bit).tier() != Tier.RESERVED) {
        continue;
      }
      GateDecision decision = Gate.decide(SevStatus.of(SNP | 1L << bit), guest);
      Termination termination = assertInstanceOf(Termination.class, decision, "reserved bit " + bit);
      assertEquals(1L << bit, termination.unsupportedMask());
      assertTrue(termination.unsupported().get(0).reserved());
      assertTrue(termination.message().contains("reserved bit " + bit + ", reserved, so refused until it is defined"),
          termination.message());
    }
  }

  /**
   * The six rows of the kernel's behaviour table, plus the two combinations it leaves out (a
   * guest implementing a feature that needs no implementation).
   */
  @ParameterizedTest(name = "HV enabled {0}, needs implementation {1}, guest has it {2} -> {3}")
  @CsvSource({
      "false, false, false, boot",
      "false, true,  false, boot",
      "false, true,  true,  boot",
      "true,  false, false, boot with feature enabled",
      "true,  true,  false, graceful boot failure",
      "true,  true,  true,  boot with feature enabled",
      "false, false, true,  boot",
      "true,  false, true,  boot with feature enabled",
  })
  void behaviourTable(boolean hvEnabled, boolean needsImplementation, boolean guestHasIt, String outcome) {
    int bit = needsImplementation ? 11 : 8; // SecureTSC needs guest code, NoHostIBS does not
    TestRegistry guest = guestHasIt ? new TestRegistry(bit) : new TestRegistry();
    long status = 0x7 | (hvEnabled ? 1L << bit : 0);
    GateDecision decision = Gate.boot(SevStatus.of(status), guest);
    switch (outcome) {
      case "boot":
        BootDecision boot = assertInstanceOf(BootDecision.class, decision);
        assertTrue(boot.enabledFeatures().isEmpty());
        assertTrue(boot.enabledWithoutImplementation().isEmpty());
        assertTrue(guest.enabled.isEmpty());
        break;
      case "boot with feature enabled":
        BootDecision enabled = assertInstanceOf(BootDecision.class, decision);
        if (guestHasIt) {
          assertEquals(List.of(bit), guest.enabled, "the guest's implementation is enabled");
          assertEquals(bit, enabled.enabledFeatures().get(0).bit());
        } else {
          assertEquals(bit, enabled.enabledWithoutImplementation().get(0).bit());
        }
        break;
      default:
        Termination termination = assertInstanceOf(Termination.class, decision);
        assertEquals(1L << bit, termination.unsupportedMask());
        assertTrue(guest.enabled.isEmpty(), "nothing is enabled on a guest that stops");
    }
  }

  @Test
  void snpInactiveChecksNothingAndEnablesNothing() {
    TestRegistry guest = new TestRegistry(7);
    GateDecision decision = Gate.boot(SevStatus.of(0x3L | 1L << 7 | 1L << 45), guest);
    assertInstanceOf(SnpInactive.class, decision);
    assertTrue(decision.boots());
    assertTrue(guest.enabled.isEmpty());
    assertEquals("guest test-guest boots: SEV-SNP is not active in SEV_STATUS 0x0000200000000083, so there are no"
        + " SNP features to negotiate", decision.message());
  }

  @Test
  void bootEnablesPresentFeaturesInBitOrder() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    GateDecision decision = Gate.boot(SevStatus.of(0x7L | 1L << 18 | 1L << 7 | 1L << 11 | 1L << 9), guest);
    assertEquals(List.of(7, 11, 18), guest.enabled);
    assertEquals("SEV-SNP guest test-guest boots on SEV_STATUS 0x0000000000040a87: features enabled with the"
        + " guest's implementation: DebugSwap (bit 7), SecureTSC (bit 11), SecureAVIC (bit 18); enabled, no guest"
        + " code needed: BTBIsol (bit 9)", decision.message());
  }

  @Test
  void decideHasNoSideEffects() {
    TestRegistry guest = new TestRegistry(7);
    Gate.decide(SevStatus.of(0x87), guest);
    assertTrue(guest.enabled.isEmpty());
  }

  @Test
  void terminationNamesEveryBitAndCarriesTheGhcbRequest() {
    TestRegistry guest = new TestRegistry(7);
    Termination termination = (Termination) Gate.boot(SevStatus.of(0x7L | 1L << 4 | 1L << 7 | 1L << 13 | 1L << 45), guest);
    assertTrue(guest.enabled.isEmpty());
    assertEquals(0x0000200000002010L, termination.unsupportedMask());
    assertEquals(List.of(4, 13, 45), List.of(termination.unsupported().get(0).bit(),
        termination.unsupported().get(1).bit(), termination.unsupported().get(2).bit()));
    assertFalse(termination.unsupported().get(0).reserved());
    GhcbTermination request = termination.request();
    assertEquals(0x8000fffeL, request.swExitCode());
    assertEquals(0x20L, request.swExitInfo1());
    assertEquals(0x0000200000002010L, request.swExitInfo2());
    assertEquals(0x20100L, request.msrProtocolValue());
    assertEquals("SEV-SNP guest test-guest refuses to boot on SEV_STATUS 0x0000200000002097: the hypervisor"
        + " enabled 3 bits that need guest code this guest lacks (unsupported mask 0x0000200000002010): bit 4"
        + " ReflectVC (Reflect #VC), a feature that needs guest code, and this guest has no implementation of it"
        + " (META-INF/snpgate/behavior.md#bit-4); reserved bit 13, reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-13); reserved bit 45, reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-45). Termination request: GHCB reason set 0, code 2"
        + " (GHCB_SNP_UNSUPPORTED); GHCB protocol 2 or later: SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x20,"
        + " SW_EXITINFO2 0x0000200000002010; GHCB protocol 1: MSR 0xc0010130 = 0x20100", termination.message());
  }

  @Test
  void oneUnsupportedBitIsSingular() {
    Termination termination = (Termination) Gate.decide(SevStatus.of(0x7L | 1L << 3), new TestRegistry());
    assertTrue(termination.message().contains("enabled 1 bit that needs guest code"), termination.message());
  }

  @Test
  void overriddenAndGuestNamedBitsAreNamedInTerminations() {
    Catalog catalog = Catalog.builtIn()
        .withOverride(new BitDefinition(30, "NewThing", "New thing", Tier.IMPL_REQUIRED, "APM 3.42"))
        .withOverride(new BitDefinition(31, "Named", "(reserved)", Tier.RESERVED, ""));
    TestRegistry guest = new TestRegistry(catalog, catalog.implementationRequiredMask());
    Termination termination = (Termination) Gate.decide(SevStatus.of(0x7L | 1L << 30 | 1L << 31), guest);
    assertEquals("bit 30 NewThing (New thing)", termination.unsupported().get(0).label());
    assertEquals("a feature that needs guest code, and this guest has no implementation of it; see APM 3.42",
        termination.unsupported().get(0).reason());
    assertEquals("defined only by this guest, so treated as reserved: refused until the catalog defines it",
        termination.unsupported().get(1).reason());
  }
}
