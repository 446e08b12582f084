package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The built-in catalog against the bit catalog document it is written from. */
class CatalogTest {

  @Test
  void everyBitAgreesWithTheCatalogDocument() {
    CatalogDocument document = CatalogDocument.load();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      BitDefinition definition = Catalog.builtIn().definition(bit);
      String[] row = document.row(bit);
      if (row == null) {
        assertTrue(bit >= 24, "the document lists every bit below 24; bit " + bit);
        assertEquals(Tier.RESERVED, definition.tier(), "bit " + bit);
        assertEquals("", definition.name(), "bit " + bit);
        continue;
      }
      assertEquals(row[1], definition.name(), "name of bit " + bit);
      assertEquals(row[2], definition.longName(), "long name of bit " + bit);
      assertEquals(Tier.valueOf(row[3]), definition.tier(), "tier of bit " + bit);
      assertEquals(row[4].equals("yes"), definition.tier().needsImplementation(), "Linux IMPL_REQ of bit " + bit);
    }
  }

  @Test
  void implementationRequiredMaskIsLinuxImplReq() {
    // Linux 7.1 SNP_FEATURES_IMPL_REQ, bit by bit: vTom 3, ReflectVC 4, RI 5, AI 6, DebugSwap 7,
    // VmplSSS 10, SecureTSC 11, VMGExitParam 12, reserved 13, reserved 15, VMSARegProt 16,
    // SecureAVIC 18, reserved 19..22, reserved 24..63.
    long expected = 0L;
    for (int bit : new int[] {3, 4, 5, 6, 7, 10, 11, 12, 13, 15, 16, 18, 19, 20, 21, 22}) {
      expected |= 1L << bit;
    }
    expected |= -1L << 24;
    assertEquals(0xffffffffff7dbcf8L, expected);
    assertEquals(expected, Catalog.builtIn().implementationRequiredMask());
  }

  @Test
  void overrideDefinesAReservedBit() {
    Catalog overridden = Catalog.builtIn()
        .withOverride(new BitDefinition(24, "FutureFeat", "Future feature", Tier.NO_IMPL_NEEDED, "APM rev 3.99"));
    assertEquals("FutureFeat", overridden.definition(24).displayName());
    assertEquals(Catalog.builtIn().implementationRequiredMask() & ~(1L << 24), overridden.implementationRequiredMask());
    assertEquals("reserved-bit-24", Catalog.builtIn().definition(24).displayName(), "the built-in catalog is unchanged");
  }

  @Test
  void keptMaskAgreesWithEveryDefinitionsTierAfterAnyOverrides() {
    // The mask is kept beside the definitions, not derived from them on each call: it must follow
    // every override, of each reserved bit, with either feature tier, one on top of the other.
    assertEquals(maskFromTiers(Catalog.builtIn()), Catalog.builtIn().implementationRequiredMask());
    Catalog stacked = Catalog.builtIn();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (Catalog.builtIn().definition(bit).tier() != Tier.RESERVED) {
        continue;
      }
      for (Tier tier : new Tier[] {Tier.IMPL_REQUIRED, Tier.NO_IMPL_NEEDED}) {
        Catalog single = Catalog.builtIn().withOverride(new BitDefinition(bit, "F" + bit, "f", tier, ""));
        assertEquals(maskFromTiers(single), single.implementationRequiredMask(), "bit " + bit + " as " + tier);
      }
      Tier alternating = bit % 2 == 0 ? Tier.NO_IMPL_NEEDED : Tier.IMPL_REQUIRED;
      stacked = stacked.withOverride(new BitDefinition(bit, "F" + bit, "f", alternating, ""));
      assertEquals(maskFromTiers(stacked), stacked.implementationRequiredMask(), "stacked up to bit " + bit);
    }
  }

  private static long maskFromTiers(Catalog catalog) {
    long mask = 0;
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (catalog.definition(bit).tier().needsImplementation()) {
        mask |= 1L << bit;
      }
    }
    return mask;
  }

  @Test
  void overrideOfADefinedBitIsRefusedQuotingTheCatalog() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalog.builtIn()
        .withOverride(new BitDefinition(23, "Mine", "Mine", Tier.IMPL_REQUIRED, "")));
    assertEquals("bit 23 is already defined by the catalog as IBPBOnEntry (NO_IMPL_NEEDED); "
        + "an override may only define a reserved bit", e.getMessage());
  }

  @Test
  void overrideNeedsANameAndAFeatureTier() {
    assertThrows(IllegalArgumentException.class, () -> Catalog.builtIn()
        .withOverride(new BitDefinition(30, "", "x", Tier.NO_IMPL_NEEDED, "")));
    assertThrows(IllegalArgumentException.class, () -> Catalog.builtIn()
        .withOverride(new BitDefinition(30, "X", "x", Tier.STATE, "")));
  }

  @Test
  void bitsOutsideSevStatusAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Catalog.builtIn().definition(64));
    assertThrows(IllegalArgumentException.class, () -> Catalog.builtIn().definition(-1));
  }

  @Test
  void sevFeaturesNumberingIsTwoBelow() {
    assertEquals(-1, Catalog.builtIn().definition(0).sevFeaturesBit());
    assertEquals(-1, Catalog.builtIn().definition(1).sevFeaturesBit());
    assertEquals(0, Catalog.builtIn().definition(2).sevFeaturesBit());
    assertEquals(21, Catalog.builtIn().definition(23).sevFeaturesBit());
  }
}
