package dev.snpgate.cli.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.Json;
import dev.snpgate.cli.ManifestFixtures;
import dev.snpgate.examples.guest.SnpGateRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A registry rebuilt from a manifest, against the guest's own generated registry. */
class ManifestRegistryTest {

  private static ManifestRegistry registry(Consumer<ObjectNode> change) {
    ObjectNode manifest = ManifestFixtures.example();
    change.accept(manifest);
    return new ManifestRegistry(ManifestReader.parse("m.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isTheGuestsRegistryAgain() {
    ManifestRegistry registry = registry(unchanged -> { });
    assertEquals(SnpGateRegistry.INSTANCE.guestName(), registry.guestName());
    assertEquals(SnpGateRegistry.INSTANCE.implReq(), registry.implReq());
    assertEquals(SnpGateRegistry.INSTANCE.present(), registry.present());
    assertEquals(SnpGateRegistry.INSTANCE.features(), registry.features());
    for (int bit = 0; bit < 64; bit++) {
      assertEquals(SnpGateRegistry.INSTANCE.catalog().definition(bit), registry.catalog().definition(bit), "bit " + bit);
    }
    assertEquals(List.of(), registry.catalogDifferences());
  }

  @Test
  void aBitTheGuestNamesOrOverridesIsInItsCatalog() {
    ManifestRegistry registry = registry(manifest -> ((ObjectNode) manifest.get("bits").get(30))
        .put("name", "FutureFeat").put("longName", "Future feature").put("tier", "NO_IMPL_NEEDED")
        .put("implRequired", false).put("reference", "APM 3.99"));
    assertEquals("FutureFeat", registry.catalog().definition(30).name());
    assertEquals("APM 3.99", registry.catalog().definition(30).reference());
    assertEquals(List.of(), registry.catalogDifferences());
  }

  @Test
  void aStateTierAboveBit2IsBadInput() {
    String message = assertThrows(BadInputException.class, () -> registry(manifest -> ((ObjectNode) manifest.get("bits")
        .get(30)).put("name", "Odd").put("tier", "STATE"))).getMessage();
    assertEquals("cannot use manifest m.json: bits[30]: an override of bit 30 needs a name and a feature tier", message);
  }

  /** A guest built before IBPBOnEntry was defined: bit 23 reserved, in its IMPL_REQ. */
  @Test
  void aGuestOfAnOlderCatalogIsDecidedByItsOwnMasksAndTheDifferenceNamed() {
    ManifestRegistry registry = registry(manifest -> {
      ((ObjectNode) manifest.get("bits").get(23)).put("name", "reserved-bit-23").put("longName", "(reserved)")
          .put("tier", "RESERVED").put("implRequired", true);
      manifest.put("implReq", "0xfffffffffffdbcf8");
    });
    assertEquals(List.of("the manifest has bit 23 as reserved-bit-23 (RESERVED), this snpgate's catalog as IBPBOnEntry"
        + " (NO_IMPL_NEEDED): the guest was built by another snpgate version; its masks decide"),
        registry.catalogDifferences());
    GateDecision decision = Gate.decide(SevStatus.of(0x800007L), registry);
    assertTrue(decision instanceof Termination, decision.message());
    assertEquals(1L << 23, ((Termination) decision).unsupportedMask());
  }

  /** Masks that contradict the bits: the gate names it and decides fail closed. */
  @Test
  void inconsistentMasksAreTheGatesToJudge() {
    long described = SnpGateRegistry.INSTANCE.present();
    long claimed = described | 1L << 10;
    ManifestRegistry registry = registry(manifest -> manifest.put("present", SevStatus.hex(claimed)));
    GateDecision decision = Gate.decide(SevStatus.of(0x407L), registry);
    assertTrue(decision instanceof Termination, decision.message());
    assertEquals(List.of("PRESENT is " + SevStatus.hex(claimed) + " but the feature descriptors cover "
        + SevStatus.hex(described)), ((Termination) decision).registryProblems());
  }

  @Test
  void requiredIsTheManifestsWithWhoRequiresEachBitAndWhy() {
    ManifestRegistry registry = new ManifestRegistry(ManifestReader.read(ManifestFixtures.resource("snp-protections-guest.json")));
    assertEquals(0x60004L, registry.required());
    assertEquals("@SnpGuest dev.snpgate.examples.guest.Main", registry.requiredBy(2));
    assertEquals("", registry.requiredRationale(2), "a null rationale is empty, as a generated registry's");
    assertEquals("dev.snpgate.examples.avic.SecureAvic", registry.requiredBy(18));
    assertEquals("Another VM's thread must not share a core with this guest's secrets.", registry.requiredRationale(17));
    assertEquals("", registry.requiredBy(7));
    assertEquals("", registry.requiredRationale(7));
    assertEquals("", registry.requiredBy(64));
  }

  @Test
  void aManifestWithoutRequiredRequiresNothing() {
    ManifestRegistry registry = new ManifestRegistry(ManifestReader.read(ManifestFixtures.resource("old-example-guest.json")));
    assertEquals(0L, registry.required());
    assertEquals("", registry.requiredBy(18));
    assertTrue(Gate.decide(SevStatus.of(0x0L), registry).boots());
  }

  @Test
  void itHasNoCode() {
    assertThrows(UnsupportedOperationException.class, () -> registry(unchanged -> { }).newFeature(7));
  }
}
