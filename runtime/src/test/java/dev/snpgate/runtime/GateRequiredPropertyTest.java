package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate over REQUIRED x SEV_STATUS against an oracle written from the two formulas alone, on
 * 1,000,000 seeded random cases (five seeds of 200,000): random 64-bit statuses with SEV-SNP on and
 * off, random guests, random REQUIRED (SEV-SNP or not, mostly bits the status has). A failure names
 * the seed and the iteration that reproduce it.
 *
 * <p>The oracle: with SEV-SNP active, {@code unsupported = status & IMPL_REQ & ~PRESENT} and
 * {@code missing = REQUIRED & ~status}, and the guest stops when either is not zero, sending code 2
 * with the unsupported mask when it is not zero, else code 0 with the missing mask. With SEV-SNP
 * inactive the guest stops, sending nothing, exactly when REQUIRED has bit 2.
 */
class GateRequiredPropertyTest {

  private static final int PER_SEED = 200_000;
  private static final long SNP = 0x4L;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2L, 0x18L, 20261207L, -11L, 0xfeedfaceL})
  void gateAgreesWithTheOracle(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < PER_SEED; i++) {
      TestRegistry guest = new TestRegistry(GatePropertyTest.randomFeatureBits(random));
      long status = GatePropertyTest.randomStatus(random);
      guest.required = randomRequired(random, status);
      String context = "seed " + seed + ", iteration " + i + ": status " + SevStatus.hex(status) + ", PRESENT "
          + SevStatus.hex(guest.present()) + ", REQUIRED " + SevStatus.hex(guest.required);
      assertAgreesWithOracle(status, guest, context);
    }
  }

  static void assertAgreesWithOracle(long status, TestRegistry guest, String context) {
    boolean snp = (status & SNP) != 0;
    long implReq = Catalog.builtIn().implementationRequiredMask();
    long unsupported = snp ? status & implReq & ~guest.present() : 0;
    long missing = guest.required & ~status;
    boolean stops = snp ? (unsupported | missing) != 0 : (guest.required & SNP) != 0;

    GateDecision decision = Gate.decide(SevStatus.of(status), guest);
    assertEquals(!stops, decision.boots(), context);
    if (!stops) {
      Class<? extends GateDecision> expected = snp ? BootDecision.class : SnpInactive.class;
      assertEquals(expected, decision.getClass(), context);
      return;
    }
    Termination termination = assertInstanceOf(Termination.class, decision, context);
    assertEquals(unsupported, termination.unsupportedMask(), context);
    assertEquals(missing, termination.missingMask(), context);
    assertEquals(Long.bitCount(missing), termination.missing().size(), context);
    long named = 0;
    for (MissingFeature feature : termination.missing()) {
      named |= 1L << feature.bit();
      assertEquals("test.Requirer" + feature.bit(), feature.requiredBy(), context);
      assertEquals("cannot run without bit " + feature.bit(), feature.rationale(), context);
    }
    assertEquals(missing, named, context);
    if (!snp) {
      assertNull(termination.request(), context);
      return;
    }
    GhcbTermination request = termination.request();
    assertEquals(0, request.reasonSet(), context);
    assertEquals(unsupported != 0 ? 2 : 0, request.reasonCode(), context);
    assertEquals(unsupported != 0 ? unsupported : missing, request.swExitInfo2(), context);
  }

  /**
   * Mostly bits the status has (a host that fits), sometimes a few it lacks, SEV-SNP half the
   * time; never bits 0 and 1 (a generated registry requires only SEV-SNP of the state bits).
   */
  private static long randomRequired(SplittableRandom random, long status) {
    long fromStatus = status & random.nextLong() & random.nextLong() & Catalog.FEATURE_BITS;
    long extra = random.nextInt(3) == 0 ? 1L << (3 + random.nextInt(61)) : 0;
    long snp = random.nextBoolean() ? SNP : 0;
    return fromStatus | extra | snp;
  }
}
