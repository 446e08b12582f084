package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, finding B: a feature that fails to come up stops the guest with a termination that names
 * the feature, the failure and the features already enabled, as Linux does with
 * GHCB_TERM_SECURE_TSC or GHCB_TERM_SAVIC_FAIL, instead of an exception that leaves it half enabled.
 */
class GateEnableFailureTest {

  private static final long STATUS = 0x7L | 1L << 7 | 1L << 11 | 1L << 18;

  @Test
  void failingEnableTerminatesNamingTheFeatureTheFailureAndWhatWasEnabledBefore() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    guest.enableFailures.put(11, new IllegalStateException("no TSC frequency from the PSP"));
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(STATUS), guest));
    assertEquals(List.of(7), guest.enabled, "bit 18 is not enabled after bit 11 failed");
    assertFalse(termination.boots());
    assertEquals(0L, termination.unsupportedMask());
    assertTrue(termination.unsupported().isEmpty());
    FeatureFailure failure = termination.featureFailure();
    assertEquals(11, failure.feature().bit());
    assertEquals("enable threw IllegalStateException: no TSC frequency from the PSP", failure.failure());
    assertEquals(1, failure.enabledBefore().size());
    assertEquals(7, failure.enabledBefore().get(0).bit());
    assertTrue(termination.registryProblems().isEmpty());
    assertEquals("SEV-SNP guest test-guest stops booting on SEV_STATUS 0x0000000000040887: feature SecureTSC"
        + " (bit 11, test.Feature11) failed to come up: enable threw IllegalStateException: no TSC frequency"
        + " from the PSP; features enabled before it: DebugSwap (bit 7). Termination request: GHCB reason set 0,"
        + " code 0 (GHCB_SEV_ES_GEN_REQ); GHCB protocol 2 or later: SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x0,"
        + " SW_EXITINFO2 0x0000000000000800; GHCB protocol 1: MSR 0xc0010130 = 0x100", termination.message());
  }

  @Test
  void failureRequestIsAGeneralRequestWithTheFailingBitsMask() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    guest.enableFailures.put(18, new IllegalStateException("APIC backing page"));
    GhcbTermination request = ((Termination) Gate.boot(SevStatus.of(STATUS), guest)).request();
    assertEquals(0, request.reasonSet());
    assertEquals(0, request.reasonCode());
    assertEquals(0x8000fffeL, request.swExitCode());
    assertEquals(0x0L, request.swExitInfo1());
    assertEquals(1L << 18, request.swExitInfo2());
    assertEquals(0x100L, request.msrProtocolValue());
  }

  @Test
  void failingConstructionTerminatesWithNothingEnabled() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    guest.constructionFailures.put(7, new NoClassDefFoundError("dev/example/Missing"));
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(STATUS), guest));
    assertTrue(guest.enabled.isEmpty());
    assertTrue(termination.message().contains("feature DebugSwap (bit 7, test.Feature7) failed to come up:"
        + " newFeature(7) threw NoClassDefFoundError: dev/example/Missing; features enabled before it: none."),
        termination.message());
  }

  @Test
  void failureWithoutAMessageIsNamedByItsClass() {
    TestRegistry guest = new TestRegistry(7);
    guest.enableFailures.put(7, new AssertionError());
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(0x87), guest));
    assertTrue(termination.message().contains("failed to come up: enable threw AssertionError; features"),
        termination.message());
  }

  @Test
  void nullImplementationTerminates() {
    FeatureRegistry registry = new DelegatingRegistry(new TestRegistry(7)) {
      @Override
      public GuestFeature newFeature(int bit) {
        return null;
      }
    };
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(0x87), registry));
    assertTrue(termination.message().contains("failed to come up: newFeature(7) returned null;"), termination.message());
  }

  @Test
  void messageHasNoStackTrace() {
    TestRegistry guest = new TestRegistry(7);
    guest.enableFailures.put(7, new IllegalStateException("outer", new IllegalArgumentException("inner")));
    String message = Gate.boot(SevStatus.of(0x87), guest).message();
    assertFalse(message.contains("\tat ") || message.contains("\n") || message.contains("inner"), message);
  }

  @Test
  void virtualMachineErrorsAreNotCaught() {
    TestRegistry guest = new TestRegistry(7);
    OutOfMemoryError oom = new OutOfMemoryError("test");
    guest.enableFailures.put(7, oom);
    assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Gate.boot(SevStatus.of(0x87), guest)));
  }

  @Test
  void decideNeverCallsTheFeatures() {
    TestRegistry guest = new TestRegistry(7);
    guest.constructionFailures.put(7, new IllegalStateException("must not be called"));
    assertInstanceOf(BootDecision.class, Gate.decide(SevStatus.of(0x87), guest));
  }

  @Test
  void failureOnARegistryWithProblemsNamesBoth() {
    TestRegistry guest = new TestRegistry(Catalog.builtIn(), Catalog.builtIn().implementationRequiredMask() | 1L << 23, 7);
    guest.snpgateVersion = "0.0.9";
    guest.enableFailures.put(7, new IllegalStateException("DR7"));
    Termination termination = assertInstanceOf(Termination.class, Gate.boot(SevStatus.of(0x87), guest));
    assertEquals("0.0.9", termination.registryVersion());
    assertEquals(1, termination.registryProblems().size());
    assertTrue(termination.message().contains("= 0x100. The feature registry has 1 problem (registry generated by"
        + " snpgate 0.0.9, runtime snpgate " + SnpGateVersion.VERSION + "): IMPL_REQ is"), termination.message());
  }

  @Test
  void aFeatureFailureNeedsTheFeatureAndWhatFailed() {
    FeatureDescriptor feature = new TestRegistry(7).features().get(0);
    assertThrows(IllegalArgumentException.class, () -> new FeatureFailure(null, "x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new FeatureFailure(feature, null, List.of()));
  }
}
