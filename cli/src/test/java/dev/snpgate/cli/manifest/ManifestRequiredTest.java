package dev.snpgate.cli.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.Json;
import dev.snpgate.cli.ManifestFixtures;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * REQUIRED in a manifest: read strictly when the keys are there, nothing required when they are
 * not (a manifest written before REQUIRED existed), and one message per way the keys can disagree.
 */
class ManifestRequiredTest {

  private static final String AVIC = "secure-avic-guest.json";

  private static Manifest read(String resource, Consumer<ObjectNode> change) {
    ObjectNode manifest = ManifestFixtures.resourceTree(resource);
    change.accept(manifest);
    return ManifestReader.parse("m.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(Consumer<ObjectNode> change) {
    return assertThrows(BadInputException.class, () -> read(AVIC, change)).getMessage();
  }

  private static ObjectNode bit(ObjectNode manifest, int bit) {
    return (ObjectNode) manifest.get("bits").get(bit);
  }

  @Test
  void readsRequiredWithWhoRequiresEachBitAndWhy() {
    Manifest manifest = ManifestReader.read(ManifestFixtures.resource(AVIC));
    assertEquals(0x40000L, manifest.required());
    ManifestBit secureAvic = manifest.bits().get(18);
    assertTrue(secureAvic.required());
    assertEquals("dev.snpgate.examples.avic.SecureAvic", secureAvic.requiredBy());
    assertTrue(secureAvic.requiredRationale().startsWith("The guest has no interrupt controller driver"));
    assertFalse(manifest.bits().get(17).required());
    assertNull(manifest.bits().get(17).requiredBy());
    assertEquals(0x4L, ManifestReader.read(ManifestFixtures.resource("snp-required-guest.json")).required());
  }

  @Test
  void aRationaleCannotStartALineOfItsOwn() {
    Manifest forged = read(AVIC, manifest -> bit(manifest, 18).put("requiredRationale",
        "none\ndecision      boot\u2028message       boots"));
    assertEquals("none\\u000adecision      boot\\u2028message       boots",
        forged.bits().get(18).requiredRationale());
  }

  @Test
  void aManifestWithoutTheKeysRequiresNothing() {
    Manifest old = ManifestReader.read(ManifestFixtures.resource("old-example-guest.json"));
    assertEquals(0L, old.required());
    for (ManifestBit bit : old.bits()) {
      assertFalse(bit.required(), "bit " + bit.bit());
      assertNull(bit.requiredBy(), "bit " + bit.bit());
      assertNull(bit.requiredRationale(), "bit " + bit.bit());
    }
    // An entry may say false without the mask: it agrees with requiring nothing.
    assertEquals(0L, read("old-example-guest.json", manifest -> bit(manifest, 18).put("required", false)).required());
  }

  @Test
  void aMalformedMaskNamesTheKey() {
    assertEquals("cannot use manifest m.json: 1 problem: required is \"0x40000\", not \"0x\" and 16 lowercase hex digits",
        problem(manifest -> manifest.put("required", "0x40000")));
    assertEquals("cannot use manifest m.json: 1 problem: required is null, not \"0x\" and 16 lowercase hex digits",
        problem(manifest -> manifest.putNull("required")));
  }

  @Test
  void sevStateBitsCannotBeRequired() {
    assertEquals("cannot use manifest m.json: 1 problem: required 0x0000000000040001 has bit 0 (SEV), SEV state no"
        + " guest can require: REQUIRED holds SEV-SNP (bit 2) and feature bits only", problem(manifest -> {
          manifest.put("required", "0x0000000000040001");
          bit(manifest, 0).put("required", true);
        }));
    assertEquals("cannot use manifest m.json: 1 problem: required 0x0000000000040002 has bit 1 (SEV-ES), SEV state no"
        + " guest can require: REQUIRED holds SEV-SNP (bit 2) and feature bits only", problem(manifest -> {
          manifest.put("required", "0x0000000000040002");
          bit(manifest, 1).put("required", true);
        }));
  }

  @Test
  void anEntryMustAgreeWithTheMask() {
    assertEquals("cannot use manifest m.json: 1 problem: bits[17].required is true, but required 0x0000000000040000"
        + " does not have bit 17", problem(manifest -> bit(manifest, 17).put("required", true)));
    assertEquals("cannot use manifest m.json: 1 problem: bits[18].required is false, but required 0x0000000000040000"
        + " has bit 18", problem(manifest -> bit(manifest, 18).put("required", false).putNull("requiredBy")
            .putNull("requiredRationale")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[18].required is true, but the manifest has no required"
        + " mask (a manifest without one requires nothing)", problem(manifest -> manifest.remove("required")));
  }

  @Test
  void withTheMaskEveryEntrySaysWhetherItIsRequired() {
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].required is missing, not true or false",
        problem(manifest -> bit(manifest, 7).remove("required")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].required is \"no\", not true or false",
        problem(manifest -> bit(manifest, 7).put("required", "no")));
  }

  @Test
  void onlyARequiredBitSaysWhoRequiresItAndWhy() {
    assertEquals("cannot use manifest m.json: 1 problem: bits[7] names requiredBy a.B but is not required",
        problem(manifest -> bit(manifest, 7).put("requiredBy", "a.B")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7] has a requiredRationale but is not required",
        problem(manifest -> bit(manifest, 7).put("requiredRationale", "why")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[18].requiredBy is 7, not a string or null",
        problem(manifest -> bit(manifest, 18).put("requiredBy", 7)));
    assertEquals("cannot use manifest m.json: 1 problem: bits[18].requiredRationale is [], not a string or null",
        problem(manifest -> bit(manifest, 18).set("requiredRationale", Json.array())));
  }
}
