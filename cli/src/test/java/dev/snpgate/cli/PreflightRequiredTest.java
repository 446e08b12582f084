package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code preflight} on a guest that requires Secure AVIC: a host that would leave it off is refused,
 * naming the feature, who requires it and why, and that it must be turned on.
 */
class PreflightRequiredTest {

  private static final String AVIC = ManifestFixtures.resource("secure-avic-guest.json").toString();

  private static final String AVIC_MISSING = "    bit 18 SecureAVIC (SEV_FEATURES bit 16): the host leaves it off;"
      + " required by dev.snpgate.examples.avic.SecureAvic: The guest has no interrupt controller driver but Secure"
      + " AVIC's: without it, it receives no interrupts.\n";

  @Test
  void aHostThatLeavesARequiredFeatureOffIsRefusedNamingIt() {
    CliRun run = InProcess.run("preflight", "--manifest", AVIC, "--host-features", "DebugSwap,SecureTSC").exits(3);
    assertTrue(run.out().contains("\nguest secure-avic-guest (manifest " + AVIC + "): refuses without SecureAVIC\n"
        + AVIC_MISSING
        + "    to boot it, turn on SecureAVIC: host SEV_FEATURES 0x0000000000010221\n"), run.describe());
    assertTrue(run.out().endsWith("\nresult          1 of 1 guest refuses this host\n"), run.describe());

    JsonNode guest = InProcess.run("preflight", "--json", "--manifest", AVIC, "--host-features", "DebugSwap,SecureTSC")
        .exits(3).json().get("guests").get(0);
    assertEquals("refuse", guest.get("outcome").textValue());
    assertEquals(0, guest.get("refusing").size());
    assertEquals(18, guest.get("missing").get(0).get("bit").intValue());
    assertTrue(guest.get("missing").get(0).get("reason").textValue()
        .startsWith("the host leaves it off; required by dev.snpgate.examples.avic.SecureAvic: "), guest.toString());
    assertEquals("0x0000000000010221", guest.get("turnOn").get("hostFeatures").textValue());
    assertTrue(guest.get("turnOn").get("boots").booleanValue());
    assertFalse(guest.has("turnOff"), guest.toString());
  }

  @Test
  void aBitToTurnOffAndOneToTurnOnAreOneAdvice() {
    CliRun run = InProcess.run("preflight", "--manifest", AVIC, "--host-features", "VmplSSS").exits(3);
    assertTrue(run.out().contains("): refuses VmplSSS and refuses without SecureAVIC\n"
        + "    bit 10 VmplSSS (SEV_FEATURES bit 8): a feature that needs guest code, and this guest has no implementation"
        + " of it\n"
        + AVIC_MISSING
        + "    to boot it, turn off VmplSSS and turn on SecureAVIC: host SEV_FEATURES 0x0000000000010001\n"),
        run.describe());
  }

  @Test
  void aHostWithTheRequiredFeatureBoots() {
    CliRun run = InProcess.run("preflight", "--manifest", AVIC, "--host-features", "SecureAVIC").exits(0);
    assertTrue(run.out().contains("): boots\n"), run.describe());
    JsonNode guest = InProcess.run("preflight", "--json", "--manifest", AVIC, "--host-features", "SecureAVIC")
        .exits(0).json().get("guests").get(0);
    assertEquals(0, guest.get("missing").size());
    assertFalse(guest.has("turnOn"), guest.toString());
  }
}
