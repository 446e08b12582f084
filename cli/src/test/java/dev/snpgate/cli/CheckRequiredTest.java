package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code check} on guests that require features: a refusal names each missing bit, who requires it
 * and why, the missing mask and the GHCB request; a guest that runs only as an SEV-SNP guest stops
 * without one on a status without SEV-SNP; a manifest without REQUIRED prints as it always has.
 */
class CheckRequiredTest {

  private static final String AVIC = ManifestFixtures.resource("secure-avic-guest.json").toString();
  private static final String SNP_ONLY = ManifestFixtures.resource("snp-required-guest.json").toString();
  private static final String OLD = ManifestFixtures.resource("old-example-guest.json").toString();

  private static final String AVIC_MISSING = "  bit 18 SecureAVIC (Secure AVIC) (SEV_FEATURES bit 16): the host left it"
      + " off; required by dev.snpgate.examples.avic.SecureAvic: The guest has no interrupt controller driver but Secure"
      + " AVIC's: without it, it receives no interrupts. (META-INF/snpgate/behavior.md#bit-18)\n";

  @Test
  void aSecureAvicGuestBootsWithSecureAvic() {
    CliRun run = InProcess.run("check", "--manifest", AVIC, "0x40887").exits(0);
    assertTrue(run.out().contains("\nPRESENT       0x0000000000040880\nREQUIRED      0x0000000000040000\n"
        + "decision      boot\n"), run.describe());
    JsonNode json = InProcess.run("check", "--json", "--manifest", AVIC, "0x40887").exits(0).json();
    assertEquals("boot", json.get("decision").textValue());
    assertEquals("0x0000000000040000", json.get("required").textValue());
  }

  @Test
  void aSecureAvicGuestRefusesAHostThatLeavesItOff() {
    CliRun run = InProcess.run("check", "--manifest", AVIC, "0x887").exits(3);
    assertTrue(run.out().contains("\ndecision      terminate: the guest refuses this host (missing mask"
        + " 0x0000000000040000)\n"
        + AVIC_MISSING
        + "  GHCB request, GHCB protocol >= 2: SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x0 SW_EXITINFO2 0x0000000000040000\n"
        + "  GHCB request, GHCB protocol 1: MSR 0xc0010130 = 0x100\n"
        + "message       SEV-SNP guest secure-avic-guest refuses to boot on SEV_STATUS 0x0000000000000887: the"
        + " hypervisor left off 1 feature this guest requires (missing mask 0x0000000000040000): bit 18 SecureAVIC"),
        run.describe());

    JsonNode json = InProcess.run("check", "--json", "--manifest", AVIC, "0x887").exits(3).json();
    assertEquals("terminate", json.get("decision").textValue());
    assertEquals("0x0000000000000000", json.get("unsupportedMask").textValue());
    assertEquals(0, json.get("unsupported").size());
    assertEquals("0x0000000000040000", json.get("missingMask").textValue());
    JsonNode missing = json.get("missing").get(0);
    assertEquals(1, json.get("missing").size());
    assertEquals(18, missing.get("bit").intValue());
    assertEquals("SecureAVIC", missing.get("name").textValue());
    assertEquals("dev.snpgate.examples.avic.SecureAvic", missing.get("requiredBy").textValue());
    assertTrue(missing.get("rationale").textValue().startsWith("The guest has no interrupt controller driver"));
    JsonNode request = json.get("request");
    assertEquals(0, request.get("reasonSet").intValue());
    assertEquals(0, request.get("reasonCode").intValue());
    assertEquals("0x0", request.get("swExitInfo1").textValue());
    assertEquals("0x0000000000040000", request.get("swExitInfo2").textValue());
  }

  /** Both at once: one decision names both, and the request is Linux's, with the unsupported mask. */
  @Test
  void unsupportedAndMissingAreOneRefusal() {
    CliRun run = InProcess.run("check", "--manifest", AVIC, "0xc87").exits(3);
    assertTrue(run.out().contains("\ndecision      terminate: the guest refuses this host (unsupported mask"
        + " 0x0000000000000400, missing mask 0x0000000000040000)\n"
        + "  bit 10 VmplSSS (VMPL supervisor shadow stack) (SEV_FEATURES bit 8): a feature that needs guest code, and"
        + " this guest has no implementation of it (META-INF/snpgate/behavior.md#bit-10)\n"
        + AVIC_MISSING
        + "  GHCB request, GHCB protocol >= 2: SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x20 SW_EXITINFO2 0x0000000000000400\n"),
        run.describe());
  }

  @Test
  void anSnpOnlyGuestStopsWithoutSevSnpAndSendsNothing() {
    CliRun run = InProcess.run("check", "--manifest", SNP_ONLY, "0x0").exits(3);
    assertTrue(run.out().contains("\nREQUIRED      0x0000000000000004\n"
        + "decision      terminate: the guest runs only as an SEV-SNP guest, and SEV-SNP is not active (missing mask"
        + " 0x0000000000000004)\n"
        + "  bit 2 SEV-SNP (SEV-SNP enabled) (SEV_FEATURES bit 0): the host left it off; required by @SnpGuest"
        + " dev.snpgate.examples.guest.Main (META-INF/snpgate/behavior.md#bit-2)\n"
        + "  no GHCB request: without SEV-SNP there is no GHCB to send one through; the guest stops by itself\n"
        + "message       guest snp-only-guest refuses to boot on SEV_STATUS 0x0000000000000000: it runs only as an"
        + " SEV-SNP guest"), run.describe());
    assertFalse(run.out().contains("GHCB request,"), run.describe());

    JsonNode json = InProcess.run("check", "--json", "--manifest", SNP_ONLY, "0x0").exits(3).json();
    assertEquals("terminate", json.get("decision").textValue());
    assertTrue(json.has("request") && json.get("request").isNull(), json.toString());
    assertEquals("0x0000000000000004", json.get("missingMask").textValue());
    assertEquals(2, json.get("missing").get(0).get("bit").intValue());
    assertTrue(json.get("missing").get(0).get("rationale").isNull());
    InProcess.run("check", "--manifest", SNP_ONLY, "0x3").exits(3);
    InProcess.run("check", "--manifest", SNP_ONLY, "0x7").exits(0);
  }

  /** A manifest written before REQUIRED existed: the docs' transcript, line for line. */
  @Test
  void aManifestWithoutRequiredPrintsAsItAlwaysHas() {
    CliRun run = InProcess.run("check", "--manifest", OLD, "0x200002017").exits(3);
    assertEquals("guest         example-guest  (manifest " + OLD + ")\n"
        + "SEV_STATUS    0x0000000200002017  SEV SEV-ES SEV-SNP ReflectVC reserved-bit-13 reserved-bit-33\n"
        + "IMPL_REQ      0xffffffffff7dbcf8\n"
        + "PRESENT       0x0000000000000880\n"
        + "decision      terminate: the guest refuses this host (unsupported mask 0x0000000200002010)\n"
        + "  bit 4 ReflectVC (Reflect #VC) (SEV_FEATURES bit 2): a feature that needs guest code, and this guest has no"
        + " implementation of it (META-INF/snpgate/behavior.md#bit-4)\n"
        + "  reserved bit 13 (SEV_FEATURES bit 11): reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-13)\n"
        + "  reserved bit 33 (SEV_FEATURES bit 31): reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-33)\n"
        + "  GHCB request, GHCB protocol >= 2: SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x20 SW_EXITINFO2 0x0000000200002010\n"
        + "  GHCB request, GHCB protocol 1: MSR 0xc0010130 = 0x20100\n"
        + "message       SEV-SNP guest example-guest refuses to boot on SEV_STATUS 0x0000000200002017: the hypervisor"
        + " enabled 3 bits that need guest code this guest lacks (unsupported mask 0x0000000200002010): bit 4 ReflectVC"
        + " (Reflect #VC), a feature that needs guest code, and this guest has no implementation of it"
        + " (META-INF/snpgate/behavior.md#bit-4); reserved bit 13, reserved, so refused until it is defined (fail"
        + " closed) (META-INF/snpgate/behavior.md#bit-13); reserved bit 33, reserved, so refused until it is defined"
        + " (fail closed) (META-INF/snpgate/behavior.md#bit-33). Termination request: GHCB reason set 0, code 2"
        + " (GHCB_SNP_UNSUPPORTED); GHCB protocol 2 or later: SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x20, SW_EXITINFO2"
        + " 0x0000000200002010; GHCB protocol 1: MSR 0xc0010130 = 0x20100\n", run.out());
    InProcess.run("check", "--manifest", OLD, "0x0").exits(0);
    JsonNode json = InProcess.run("check", "--json", "--manifest", OLD, "0x200002017").exits(3).json();
    assertEquals("0x0000000000000000", json.get("required").textValue());
    assertEquals("0x0000000000000000", json.get("missingMask").textValue());
    assertEquals(0, json.get("missing").size());
    assertEquals("0x20", json.get("request").get("swExitInfo1").textValue());
  }
}
