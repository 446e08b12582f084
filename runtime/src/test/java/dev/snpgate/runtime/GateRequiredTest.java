package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Required features: what the gate says, and sends, for a host that leaves them off. */
class GateRequiredTest {

  private static final long SNP = 0x4L;
  private static final long SECURE_AVIC = 1L << 18;

  /** A guest whose only interrupt controller driver is Secure AVIC's: it implements and requires bit 18. */
  private static TestRegistry secureAvicOnly() {
    TestRegistry guest = new TestRegistry(7, 11, 18);
    guest.required = SECURE_AVIC;
    return guest;
  }

  @Test
  void aHostEnablingSecureAvicIsAccepted() {
    BootDecision boot = assertInstanceOf(BootDecision.class, Gate.decide(SevStatus.of(0x40887), secureAvicOnly()));
    assertEquals(List.of(), boot.registryProblems());
  }

  @Test
  void aHostLeavingSecureAvicOffIsRefusedWithTheMissingMaskInTheGeneralRequest() {
    Termination termination = assertInstanceOf(Termination.class, Gate.decide(SevStatus.of(0x887), secureAvicOnly()));
    assertEquals(0, termination.unsupportedMask());
    assertEquals(SECURE_AVIC, termination.missingMask());
    assertEquals(List.of(new MissingFeature(Catalog.builtIn().definition(18), "test.Requirer18",
        "cannot run without bit 18")), termination.missing());
    GhcbTermination request = termination.request();
    assertEquals(0x8000fffeL, request.swExitCode());
    assertEquals(0x0L, request.swExitInfo1());
    assertEquals(0x40000L, request.swExitInfo2());
    assertEquals(0x100L, request.msrProtocolValue());
    assertEquals("SEV-SNP guest test-guest refuses to boot on SEV_STATUS 0x0000000000000887: the hypervisor left off"
        + " 1 feature this guest requires (missing mask 0x0000000000040000): bit 18 SecureAVIC (Secure AVIC),"
        + " required by test.Requirer18: cannot run without bit 18 (META-INF/snpgate/behavior.md#bit-18)."
        + " Termination request: GHCB reason set 0, code 0 (GHCB_SEV_ES_GEN_REQ); GHCB protocol 2 or later:"
        + " SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x0, SW_EXITINFO2 0x0000000000040000; GHCB protocol 1:"
        + " MSR 0xc0010130 = 0x100", termination.message());
  }

  @Test
  void unsupportedAndMissingAreNamedInOneDecisionWithLinuxsRequest() {
    TestRegistry guest = secureAvicOnly();
    guest.required |= 1L << 8 | 1L << 9;
    Termination termination = assertInstanceOf(Termination.class, Gate.decide(SevStatus.of(0x7 | 1L << 10), guest));
    assertEquals(1L << 10, termination.unsupportedMask());
    assertEquals(1L << 8 | 1L << 9 | SECURE_AVIC, termination.missingMask());
    assertEquals(GhcbTermination.forUnsupported(1L << 10), termination.request());
    assertTrue(termination.message().contains("(unsupported mask 0x0000000000000400): bit 10 VmplSSS"),
        termination.message());
    assertTrue(termination.message().contains("; and the hypervisor left off 3 features this guest requires"
        + " (missing mask 0x0000000000040300): bit 8 NoHostIBS"), termination.message());
  }

  @Test
  void aGuestThatRunsOnlyUnderSnpStopsWithoutARequestWhenSnpIsInactive() {
    TestRegistry guest = new TestRegistry(7);
    guest.required = SNP;
    Termination termination = assertInstanceOf(Termination.class, Gate.decide(SevStatus.of(0x0), guest));
    assertNull(termination.request());
    assertEquals(SNP, termination.missingMask());
    assertEquals("guest test-guest refuses to boot on SEV_STATUS 0x0000000000000000: it runs only as an SEV-SNP"
        + " guest, and SEV-SNP is not active (missing mask 0x0000000000000004): bit 2 SEV-SNP (SEV-SNP enabled),"
        + " required by test.Requirer2: cannot run without bit 2 (META-INF/snpgate/behavior.md#bit-2)."
        + " No termination request: without SEV-SNP there is no GHCB to send one through; the guest stops by"
        + " itself", termination.message());
  }

  @Test
  void aGuestThatDoesNotRequireSnpBootsWithoutIt() {
    assertInstanceOf(SnpInactive.class, Gate.decide(SevStatus.of(0x0), secureAvicOnly()));
    assertInstanceOf(SnpInactive.class, Gate.decide(SevStatus.of(0x3), new TestRegistry(7)));
  }

  @Test
  void aRegistryThatCannotSayWhatItRequiresFailsClosedUnderSnpAndBootsWithoutIt() {
    DelegatingRegistry broken = new DelegatingRegistry(new TestRegistry(7, 11)) {
      @Override
      public long required() {
        throw new IllegalStateException("broken");
      }
    };
    Termination termination = assertInstanceOf(Termination.class, Gate.decide(SevStatus.of(0x887), broken));
    assertEquals(~0x887L & ~0x3L, termination.missingMask());
    assertTrue(termination.registryProblems().get(0).startsWith(
        "required() threw IllegalStateException: broken; SEV-SNP and every feature bit are required"),
        termination.registryProblems().toString());
    assertInstanceOf(SnpInactive.class, Gate.decide(SevStatus.of(0x3), broken));
  }

  @Test
  void aRequirementTheRegistryCannotExplainIsStillNamedByItsBit() {
    DelegatingRegistry mute = new DelegatingRegistry(secureAvicOnly()) {
      @Override
      public String requiredBy(int bit) {
        throw new IllegalStateException("mute");
      }

      @Override
      public String requiredRationale(int bit) {
        return null;
      }
    };
    Termination termination = assertInstanceOf(Termination.class, Gate.decide(SevStatus.of(0x887), mute));
    assertEquals(new MissingFeature(Catalog.builtIn().definition(18), "", ""), termination.missing().get(0));
    assertEquals(List.of("requiredBy(18) threw IllegalStateException: mute",
        "requiredRationale(18) returned null"), termination.registryProblems());
    assertTrue(termination.message().contains("bit 18 SecureAVIC (Secure AVIC), required by the guest (the registry"
        + " does not say where)"), termination.message());
  }
}
