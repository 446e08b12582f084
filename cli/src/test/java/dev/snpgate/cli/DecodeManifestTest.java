package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decode --manifest}: the bits named by the guest's catalog, what the guest has for each set
 * bit, and each required bit the value leaves clear; never a decision, so exit 0 on any valid input.
 */
class DecodeManifestTest {

  private static final String AVIC = ManifestFixtures.resource("secure-avic-guest.json").toString();
  private static final String SNP_ONLY = ManifestFixtures.resource("snp-required-guest.json").toString();
  private static final String OLD = ManifestFixtures.resource("old-example-guest.json").toString();

  private static final String AVIC_LEFT_OFF = "left off      bit 18 SecureAVIC (Secure AVIC) (SEV_FEATURES bit 16):"
      + " required by dev.snpgate.examples.avic.SecureAvic: The guest has no interrupt controller driver but Secure"
      + " AVIC's: without it, it receives no interrupts. (META-INF/snpgate/behavior.md#bit-18)\n";

  @TempDir
  Path dir;

  /** The status check refuses (exit 3) is decoded, exit 0: the docs' transcript, line for line. */
  @Test
  void aSecureAvicGuestOnAStatusWithoutSecureAvic() {
    CliRun run = InProcess.run("decode", "--manifest", AVIC, "0x887").exits(0);
    assertEquals("guest         secure-avic-guest  (manifest " + AVIC + ")\n"
        + "SEV_STATUS    0x0000000000000887  SEV SEV-ES SEV-SNP DebugSwap SecureTSC\n"
        + "SEV_FEATURES  0x0000000000000221  (VMSA numbering: SEV_STATUS >> 2)\n"
        + "SEV-SNP       active\n"
        + "bit  SEV_FEATURES  name       long name                                  tier           guest\n"
        + "0    -             SEV        SEV enabled                                STATE          -\n"
        + "1    -             SEV-ES     SEV-ES enabled                             STATE          -\n"
        + "2    0             SEV-SNP    SEV-SNP enabled                            STATE          -\n"
        + "7    5             DebugSwap  Debug register virtualization (DebugSwap)  IMPL_REQUIRED"
        + "  dev.snpgate.examples.guest.features.DebugSwap\n"
        + "11   9             SecureTSC  Secure TSC                                 IMPL_REQUIRED"
        + "  dev.snpgate.examples.guest.features.SecureTsc\n"
        + "REQUIRED      0x0000000000040000  SecureAVIC (SEV-SNP is not required)\n"
        + AVIC_LEFT_OFF, run.out());
    assertEquals("", run.err());
    InProcess.run("check", "--manifest", AVIC, "0x887").exits(3);
    assertFalse(InProcess.run("decode", "--manifest", AVIC, "0x40887").exits(0).out().contains("left off"));
  }

  @Test
  void aSecureAvicGuestAsJsonAddsKeysOnly() {
    JsonNode json = InProcess.run("decode", "--json", "--manifest", AVIC, "0x887").exits(0).json();
    JsonNode guest = json.get("guest");
    assertEquals("secure-avic-guest", guest.get("name").textValue());
    assertEquals(AVIC, guest.get("manifest").textValue());
    assertEquals("0x0000000000040000", guest.get("required").textValue());
    assertFalse(guest.get("snpRequired").booleanValue());
    JsonNode debugSwap = json.get("bits").get(3).get("guest");
    assertEquals("dev.snpgate.examples.guest.features.DebugSwap", debugSwap.get("implementation").textValue());
    assertTrue(debugSwap.get("implRequired").booleanValue());
    assertTrue(debugSwap.get("present").booleanValue());
    JsonNode leftOff = json.get("requiredLeftOff");
    assertEquals(1, leftOff.size());
    assertEquals(18, leftOff.get(0).get("bit").intValue());
    assertEquals("SecureAVIC", leftOff.get(0).get("name").textValue());
    assertEquals("dev.snpgate.examples.avic.SecureAvic", leftOff.get(0).get("requiredBy").textValue());
    assertTrue(leftOff.get(0).get("rationale").textValue().startsWith("The guest has no interrupt controller driver"));

    // Without the added keys, the JSON is decode's without --manifest.
    ObjectNode withoutGuest = (ObjectNode) json.deepCopy();
    withoutGuest.remove("guest");
    withoutGuest.remove("requiredLeftOff");
    withoutGuest.get("bits").forEach(bit -> ((ObjectNode) bit).remove("guest"));
    assertEquals(InProcess.run("decode", "--json", "0x887").exits(0).json(), withoutGuest);
  }

  @Test
  void anSnpOnlyGuestOnAStatusWithoutSevSnp() {
    CliRun run = InProcess.run("decode", "--manifest", SNP_ONLY, "0x0").exits(0);
    assertEquals("guest         snp-only-guest  (manifest " + SNP_ONLY + ")\n"
        + "SEV_STATUS    0x0000000000000000  \n"
        + "SEV_FEATURES  0x0000000000000000  (VMSA numbering: SEV_STATUS >> 2)\n"
        + "SEV-SNP       not active: there are no SNP features to negotiate\n"
        + "no bit is set\n"
        + "REQUIRED      0x0000000000000004  SEV-SNP (SEV-SNP is required: the guest runs only as an SEV-SNP guest)\n"
        + "left off      bit 2 SEV-SNP (SEV-SNP enabled) (SEV_FEATURES bit 0): required by @SnpGuest"
        + " dev.snpgate.examples.guest.Main (META-INF/snpgate/behavior.md#bit-2)\n", run.out());
    assertFalse(run.out().contains("GHCB"), run.describe());

    JsonNode json = InProcess.run("decode", "--json", "--manifest", SNP_ONLY, "0x0").exits(0).json();
    assertTrue(json.get("guest").get("snpRequired").booleanValue());
    assertEquals(0, json.get("bits").size());
    JsonNode snp = json.get("requiredLeftOff").get(0);
    assertEquals(2, snp.get("bit").intValue());
    assertEquals("@SnpGuest dev.snpgate.examples.guest.Main", snp.get("requiredBy").textValue());
    assertTrue(snp.get("rationale").isNull());
    assertFalse(json.has("decision") || json.has("request"), json.toString());

    JsonNode active = InProcess.run("decode", "--json", "--manifest", SNP_ONLY, "0x7").exits(0).json();
    assertEquals(0, active.get("requiredLeftOff").size());
  }

  /** A manifest written before REQUIRED existed requires nothing; a bit it lacks code for is named, not refused. */
  @Test
  void aManifestWithoutRequired() {
    CliRun run = InProcess.run("decode", "--manifest", OLD, "0x200002197").exits(0);
    assertTrue(run.out().contains("\n4    2             ReflectVC        Reflect #VC                                IMPL_REQUIRED"
        + "   needs guest code this guest lacks\n"), run.describe());
    assertTrue(run.out().contains("\n8    6             NoHostIBS        Prevent host IBS                           NO_IMPL_NEEDED"
        + "  no guest code needed\n"), run.describe());
    assertTrue(run.out().contains("\n33   31            reserved-bit-33  (reserved)                                 RESERVED"
        + "        needs guest code this guest lacks\n"), run.describe());
    assertTrue(run.out().endsWith("\nREQUIRED      0x0000000000000000  nothing (SEV-SNP is not required)\n"),
        run.describe());
    InProcess.run("check", "--manifest", OLD, "0x200002197").exits(3);

    JsonNode json = InProcess.run("decode", "--json", "--manifest", OLD, "0x200002197").exits(0).json();
    assertEquals("0x0000000000000000", json.get("guest").get("required").textValue());
    assertEquals(0, json.get("requiredLeftOff").size());
    JsonNode reflectVc = json.get("bits").get(3).get("guest");
    assertTrue(reflectVc.get("implementation").isNull());
    assertTrue(reflectVc.get("implRequired").booleanValue());
    assertFalse(reflectVc.get("present").booleanValue());
  }

  /** The bits are named by the guest's catalog: a reserved bit the guest names is named so. */
  @Test
  void aBitTheGuestNamesIsNamedSo() {
    Path manifest = ManifestFixtures.changed(dir, "named.json", tree -> {
      ((ObjectNode) tree.get("bits").get(30)).put("name", "FutureFeat").put("longName", "Future feature")
          .put("tier", "NO_IMPL_NEEDED").put("implRequired", false);
      tree.put("implReq", "0xffffffffbf7dbcf8");
    });
    CliRun run = InProcess.run("decode", "--manifest", manifest.toString(), "0x40000007").exits(0);
    assertTrue(run.out().contains("\nSEV_STATUS    0x0000000040000007  SEV SEV-ES SEV-SNP FutureFeat\n"), run.describe());
    assertTrue(run.out().contains("\n30   28            FutureFeat  Future feature   NO_IMPL_NEEDED  no guest code needed\n"),
        run.describe());
    assertEquals("SEV SEV-ES SEV-SNP FutureFeat", InProcess.run("decode", "--json", "--manifest", manifest.toString(),
        "0x40000007").exits(0).json().get("names").textValue());
  }

  @Test
  void aBadManifestIsBadInputNamingIt() {
    Path broken = ManifestFixtures.text(dir, "broken.json", "{\"schemaVersion\": 1}");
    CliRun run = InProcess.run("decode", "--manifest", broken.toString(), "0x887").exits(2).noStackTrace();
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("snpgate decode: cannot use manifest " + broken + ": "), run.describe());
    JsonNode json = InProcess.run("decode", "--json", "--manifest", broken.toString(), "0x887").exits(2).json();
    assertTrue(json.get("error").textValue().startsWith("cannot use manifest " + broken + ": "), json.toString());
  }
}
