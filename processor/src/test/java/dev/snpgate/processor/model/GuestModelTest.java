package dev.snpgate.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure model, without a compiler: rules 2 and 3 of the design, bit by bit, against the bit
 * document (the runtime's test copy of the catalog TSV) and hand-computed masks, never against the
 * catalog code the model itself calls.
 */
class GuestModelTest {

  /** IMPL_REQ of the built-in catalog, computed by hand from the bit document: its IMPL_REQUIRED and RESERVED bits. */
  private static final long BUILT_IN_IMPL_REQ = 0xffffffffff7dbcf8L;

  /** The tier of each bit, read from the bit document; bits it does not list are reserved. */
  private static String[] documentedTiers() {
    String[] tiers = new String[64];
    java.util.Arrays.fill(tiers, "RESERVED");
    try {
      for (String line : java.nio.file.Files.readAllLines(
          java.nio.file.Path.of("../runtime/src/test/resources/sev-status-bits.tsv"))) {
        String[] cells = line.split("\t", -1);
        if (!line.startsWith("#") && cells.length > 3 && cells[0].matches("[0-9]+")) {
          tiers[Integer.parseInt(cells[0])] = cells[3];
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return tiers;
  }

  private static FeatureDeclaration feature(int bit) {
    boolean named = Catalog.builtIn().definition(bit).isNamed();
    return new FeatureDeclaration(bit, named ? "" : "Feat" + bit, "g", List.of("F" + bit), "");
  }

  private static GuestModel guest(List<FeatureDeclaration> features) {
    return GuestModel.of("g", "g.SnpGateRegistry", Catalog.builtIn(), features);
  }

  @Test
  void everySingleFeatureBitAlone() {
    String[] tiers = documentedTiers();
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      GuestModel model = guest(List.of(feature(bit)));
      assertEquals(1L << bit, model.present(), "bit " + bit);
      assertEquals(BUILT_IN_IMPL_REQ, model.implReq(), "IMPL_REQ ignores PRESENT, bit " + bit);
      BitRow row = model.bits().get(bit);
      assertTrue(row.present(), "bit " + bit);
      assertEquals(tiers[bit].equals("IMPL_REQUIRED") || tiers[bit].equals("RESERVED"), row.implRequired(),
          "bit " + bit + " is " + tiers[bit] + " in the bit document");
    }
  }

  @Test
  void theBitDocumentGivesTheHandComputedImplReq() {
    String[] tiers = documentedTiers();
    long fromDocument = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (tiers[bit].equals("IMPL_REQUIRED") || tiers[bit].equals("RESERVED")) {
        fromDocument |= 1L << bit;
      }
    }
    assertEquals(BUILT_IN_IMPL_REQ, fromDocument);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11L, 12L, 13L})
  void presentIsExactlyTheAnnotatedBits(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      long mask = random.nextLong() & ~0x7L;
      List<FeatureDeclaration> features = new ArrayList<>();
      for (int bit = 63; bit >= 3; bit--) { // reverse order: the model sorts
        if ((mask >>> bit & 1) == 1) {
          features.add(feature(bit));
        }
      }
      GuestModel model = guest(features);
      assertEquals(mask, model.present(), "seed " + seed + ", mask " + Long.toHexString(mask));
      int previous = -1;
      for (FeatureDeclaration feature : model.features()) {
        assertTrue(feature.bit() > previous, "features in bit order, seed " + seed);
        previous = feature.bit();
      }
    }
  }

  @Test
  void reservedBitsStayInImplReqWhenAGuestNamesThem() {
    GuestModel model = guest(List.of(feature(45)));
    assertEquals("Feat45", model.nameOf(45));
    assertEquals(Tier.RESERVED, model.catalog().definition(45).tier());
    assertTrue((model.implReq() & 1L << 45) != 0);
    assertEquals("reserved-bit-46", model.nameOf(46));
  }

  @Test
  void stateBitsAreNeverInEitherMask() {
    GuestModel model = guest(List.of(feature(7)));
    for (int bit = 0; bit < 3; bit++) {
      assertFalse(model.bits().get(bit).implRequired());
      assertFalse(model.bits().get(bit).present());
    }
  }

  @Test
  void registryClassSplitsIntoPackageAndName() {
    GuestModel model = GuestModel.of("g", "a.b.Reg", Catalog.builtIn(), List.of());
    assertEquals("a.b", model.registryPackage());
    assertEquals("Reg", model.registrySimpleName());
    assertEquals("a.b.Reg", model.registryClass());
    assertEquals("Reg", GuestModel.of("g", "Reg", Catalog.builtIn(), List.of()).registryClass());
  }

  @Test
  void canonicalNameJoinsNesting() {
    assertEquals("a.Outer.Inner", new FeatureDeclaration(7, "", "a", List.of("Outer", "Inner"), "").canonicalName());
    assertEquals("Top", new FeatureDeclaration(7, "", "", List.of("Top"), "").canonicalName());
  }
}
