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

/** The pure model, without a compiler: rules 2 and 3 of the design, bit by bit. */
class GuestModelTest {

  private static FeatureDeclaration feature(int bit) {
    boolean named = Catalog.builtIn().definition(bit).isNamed();
    return new FeatureDeclaration(bit, named ? "" : "Feat" + bit, "g", List.of("F" + bit), "");
  }

  private static GuestModel guest(List<FeatureDeclaration> features) {
    return GuestModel.of("g", "g.SnpGateRegistry", Catalog.builtIn(), features);
  }

  @Test
  void everySingleFeatureBitAlone() {
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      GuestModel model = guest(List.of(feature(bit)));
      assertEquals(1L << bit, model.present(), "bit " + bit);
      assertEquals(Catalog.builtIn().implementationRequiredMask(), model.implReq(), "IMPL_REQ ignores PRESENT, bit " + bit);
      BitRow row = model.bits().get(bit);
      assertTrue(row.present(), "bit " + bit);
      assertEquals(Catalog.builtIn().definition(bit).tier().needsImplementation(), row.implRequired(), "bit " + bit);
    }
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
