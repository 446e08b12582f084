package dev.snpgate.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineDiffTest {

  private static final long IMPL_REQ = 0xffffffffff7dbcf8L;

  private static Baseline baseline(long implReq, long present, Baseline.Entry... entries) {
    SortedMap<Integer, Baseline.Entry> map = new TreeMap<>();
    for (Baseline.Entry entry : entries) {
      map.put(entry.bit(), entry);
    }
    return new Baseline(implReq, present, map);
  }

  private static Baseline.Entry tsc(boolean present) {
    return new Baseline.Entry(11, "SecureTSC", "IMPL_REQUIRED", present, present ? "dev.x.SecureTsc" : "");
  }

  @Test
  void sameMeaningIsNoDrift() {
    assertEquals(List.of(), BaselineDiff.compare(baseline(IMPL_REQ, 1L << 11, tsc(true)), baseline(IMPL_REQ, 1L << 11, tsc(true))));
  }

  @Test
  void presentGainedIsCompatible() {
    assertEquals(List.of(new Drift(11, Drift.Impact.COMPATIBLE,
            "PRESENT gained bit 11 SecureTSC (dev.x.SecureTsc): this guest will now boot on hosts that enable it", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0, tsc(false)), baseline(IMPL_REQ, 1L << 11, tsc(true))));
  }

  @Test
  void presentLostIsBreaking() {
    assertEquals(List.of(new Drift(11, Drift.Impact.BREAKING,
            "PRESENT lost bit 11 SecureTSC (was dev.x.SecureTsc): this guest will now refuse hosts that enable it", true, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 1L << 11, tsc(true)), baseline(IMPL_REQ, 0, tsc(false))));
  }

  @Test
  void implReqLostIsCompatible() {
    Baseline.Entry override = new Baseline.Entry(24, "Future", "NO_IMPL_NEEDED", false, "");
    assertEquals(List.of(new Drift(24, Drift.Impact.COMPATIBLE,
            "IMPL_REQ lost bit 24 Future: this guest will now boot on hosts that enable it without guest code", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0), baseline(IMPL_REQ & ~(1L << 24), 0, override)));
  }

  @Test
  void implReqGainedIsBreaking() {
    assertEquals(List.of(new Drift(23, Drift.Impact.BREAKING,
            "IMPL_REQ gained bit 23 reserved-bit-23: this guest will now refuse hosts that enable it", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0), baseline(IMPL_REQ | 1L << 23, 0)));
  }

  @Test
  void renamedImplementationLeavesTheMasksAlone() {
    Baseline.Entry renamed = new Baseline.Entry(11, "SecureTSC", "IMPL_REQUIRED", true, "dev.x.Tsc");
    assertEquals(List.of(new Drift(11, Drift.Impact.SAME_HOSTS,
            "bit 11 changed from SecureTSC IMPL_REQUIRED dev.x.SecureTsc to SecureTSC IMPL_REQUIRED dev.x.Tsc", false, false)),
        BaselineDiff.compare(baseline(IMPL_REQ, 1L << 11, tsc(true)), baseline(IMPL_REQ, 1L << 11, renamed)));
  }

  /**
   * Every bit, every change of one mask, with the other mask set and clear: the impact follows
   * whether hosts that enable the bit were refused before and are now.
   */
  @Test
  void everyBitEveryDirection() {
    for (int bit = 3; bit < 64; bit++) {
      long one = 1L << bit;
      // PRESENT changes matter only where IMPL_REQ holds the bit
      assertEquals(Drift.Impact.COMPATIBLE, only(BaselineDiff.compare(baseline(one, 0), baseline(one, one)), bit).impact());
      assertEquals(Drift.Impact.BREAKING, only(BaselineDiff.compare(baseline(one, one), baseline(one, 0)), bit).impact());
      assertEquals(Drift.Impact.SAME_HOSTS, only(BaselineDiff.compare(baseline(0, 0), baseline(0, one)), bit).impact());
      assertEquals(Drift.Impact.SAME_HOSTS, only(BaselineDiff.compare(baseline(0, one), baseline(0, 0)), bit).impact());
      // IMPL_REQ changes matter only where PRESENT lacks the bit
      assertEquals(Drift.Impact.BREAKING, only(BaselineDiff.compare(baseline(0, 0), baseline(one, 0)), bit).impact());
      assertEquals(Drift.Impact.COMPATIBLE, only(BaselineDiff.compare(baseline(one, 0), baseline(0, 0)), bit).impact());
      assertEquals(Drift.Impact.SAME_HOSTS, only(BaselineDiff.compare(baseline(0, one), baseline(one, one)), bit).impact());
      assertEquals(Drift.Impact.SAME_HOSTS, only(BaselineDiff.compare(baseline(one, one), baseline(0, one)), bit).impact());
    }
  }

  @Test
  void oneDriftPerChangedBitEvenWhenBothMasksChange() {
    List<Drift> drifts = BaselineDiff.compare(baseline(0, 0), baseline(1L << 30 | 1L << 31, 1L << 30));
    assertEquals(2, drifts.size());
    assertEquals(Drift.Impact.SAME_HOSTS, drifts.get(0).impact());
    assertEquals(Drift.Impact.BREAKING, drifts.get(1).impact());
    assertTrue(drifts.get(0).description().startsWith("PRESENT gained bit 30 reserved-bit-30 (): this guest will now"
        + " boot on hosts that enable it; IMPL_REQ gained bit 30"), drifts.get(0).description());
  }

  private static Drift only(List<Drift> drifts, int bit) {
    assertEquals(1, drifts.size(), "bit " + bit);
    assertEquals(bit, drifts.get(0).bit());
    return drifts.get(0);
  }

  @Test
  void aChangeOfBitZeroIsOneDrift() {
    List<Drift> drifts = BaselineDiff.compare(baseline(0, 0), baseline(1, 0));
    assertEquals(1, drifts.size(), drifts.toString());
    assertEquals(0, drifts.get(0).bit());
  }

  private static final long SNP = 1L << 2;
  private static final long AVIC = 1L << 18;

  private static Baseline baseline(long implReq, long present, long required, Baseline.Entry... entries) {
    Baseline plain = baseline(implReq, present, entries);
    return new Baseline(implReq, present, required, plain.entries());
  }

  private static Baseline.Entry avic(boolean present) {
    return new Baseline.Entry(18, "SecureAVIC", "IMPL_REQUIRED", present, present ? "dev.x.SecureAvic" : "");
  }

  @Test
  void requiredGainedIsBreaking() {
    assertEquals(List.of(new Drift(18, Drift.Impact.BREAKING,
            "REQUIRED gained bit 18 SecureAVIC: this guest will now refuse hosts that do not enable it", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, AVIC, 0, avic(true)), baseline(IMPL_REQ, AVIC, AVIC, avic(true))));
  }

  @Test
  void requiredLostIsCompatible() {
    assertEquals(List.of(new Drift(18, Drift.Impact.COMPATIBLE,
            "REQUIRED lost bit 18 SecureAVIC: this guest will now boot on hosts that do not enable it", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, AVIC, AVIC, avic(true)), baseline(IMPL_REQ, AVIC, 0, avic(true))));
  }

  @Test
  void requiringSnpIsBreakingAndNamedByTheCatalog() {
    assertEquals(List.of(new Drift(2, Drift.Impact.BREAKING,
            "REQUIRED gained bit 2 SEV-SNP: this guest will now refuse to run without SEV-SNP", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0, 0), baseline(IMPL_REQ, 0, SNP)));
    assertEquals(List.of(new Drift(2, Drift.Impact.COMPATIBLE,
            "REQUIRED lost bit 2 SEV-SNP: this guest will now also run without SEV-SNP", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0, SNP), baseline(IMPL_REQ, 0, 0)));
  }

  @Test
  void stateBitsAreNamedByTheCatalogFeatureBitsByTheirEntries() {
    Baseline none = baseline(0, 0);
    assertEquals("SEV", none.nameOf(0));
    assertEquals("SEV-ES", none.nameOf(1));
    assertEquals("SEV-SNP", none.nameOf(2));
    assertEquals("reserved-bit-3", none.nameOf(3));
    assertEquals("SecureAVIC", baseline(0, 0, avic(false)).nameOf(18));
  }

  /** The usual way a requirement arrives: the guest gains the implementation and requires it in one change. */
  @Test
  void implementingAndRequiringAFeatureAtOnceIsBreaking() {
    assertEquals(List.of(new Drift(18, Drift.Impact.BREAKING,
            "PRESENT gained bit 18 SecureAVIC (dev.x.SecureAvic): this guest will now boot on hosts that enable it;"
                + " REQUIRED gained bit 18 SecureAVIC: this guest will now refuse hosts that do not enable it", false, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0, 0, avic(false)), baseline(IMPL_REQ, AVIC, AVIC, avic(true))));
  }

  @Test
  void droppingARequiredImplementationIsBreakingEvenThoughItAcceptsHostsThatDoNotEnableIt() {
    assertEquals(List.of(new Drift(18, Drift.Impact.BREAKING,
            "PRESENT lost bit 18 SecureAVIC (was dev.x.SecureAvic): this guest will now refuse hosts that enable it;"
                + " REQUIRED lost bit 18 SecureAVIC: this guest will now boot on hosts that do not enable it", true, true)),
        BaselineDiff.compare(baseline(IMPL_REQ, AVIC, AVIC, avic(true)), baseline(IMPL_REQ, 0, 0, avic(false))));
  }

  @Test
  void implReqGainedOnARequiredImplementedBitRefusesNoHostThatEnablesIt() {
    assertEquals(List.of(new Drift(40, Drift.Impact.SAME_HOSTS,
            "IMPL_REQ gained bit 40 reserved-bit-40: the guest implements it, so no host that enables it is refused"
                + " for it", false, true)),
        BaselineDiff.compare(baseline(0, 1L << 40, 1L << 40), baseline(1L << 40, 1L << 40, 1L << 40)));
  }

  /**
   * Every before and after of (IMPL_REQ, PRESENT, REQUIRED) on one bit, judged by an oracle that runs
   * the gate's rule on two hosts: one that enables the bit and one that does not.
   */
  @ParameterizedTest(name = "bit {0}")
  @ValueSource(ints = {2, 3, 18, 63})
  void everyCombinationOfTheThreeMasksOnOneBitIsJudgedByTheHostsItRefuses(int bit) {
    long one = 1L << bit;
    for (int before = 0; before < 8; before++) {
      for (int after = 0; after < 8; after++) {
        Baseline checkedIn = baseline(mask(before, 0, one), mask(before, 1, one), mask(before, 2, one));
        Baseline now = baseline(mask(after, 0, one), mask(after, 1, one), mask(after, 2, one));
        List<Drift> drifts = BaselineDiff.compare(checkedIn, now);
        String masks = "bit " + bit + ", masks " + before + " -> " + after;
        if (before == after) {
          assertEquals(List.of(), drifts, masks);
          continue;
        }
        Drift drift = only(drifts, bit);
        assertEquals(oracle(checkedIn, now, bit), drift.impact(), masks);
        assertTrue(drift.masksChanged(), masks);
        assertEquals(checkedIn.present() != 0 && now.present() == 0, drift.lostPresent(), masks);
      }
    }
  }

  /** Bit {@code which} of {@code combination} (0 IMPL_REQ, 1 PRESENT, 2 REQUIRED) as {@code one} or 0. */
  private static long mask(int combination, int which, long one) {
    return (combination >> which & 1) == 1 ? one : 0;
  }

  /** Breaking when a host refused now was accepted before; otherwise compatible when one accepted now was refused. */
  private static Drift.Impact oracle(Baseline before, Baseline now, int bit) {
    boolean newlyRefused = false;
    boolean newlyAccepted = false;
    for (boolean enables : new boolean[] {true, false}) {
      long status = bit == 2 ? (enables ? SNP : 0) : SNP | (enables ? 1L << bit : 0);
      boolean refusedBefore = refuses(before, status);
      boolean refusedNow = refuses(now, status);
      newlyRefused |= refusedNow && !refusedBefore;
      newlyAccepted |= refusedBefore && !refusedNow;
    }
    return newlyRefused ? Drift.Impact.BREAKING : newlyAccepted ? Drift.Impact.COMPATIBLE : Drift.Impact.SAME_HOSTS;
  }

  /** The gate of issue 18, as specified: SNP active, unsupported or missing required bits; SNP inactive, required SNP. */
  private static boolean refuses(Baseline guest, long status) {
    if ((status & SNP) == 0) {
      return (guest.required() & SNP) != 0;
    }
    return (status & guest.implReq() & ~guest.present()) != 0 || (guest.required() & ~status) != 0;
  }

  @Test
  void aNewlyListedBitWithTheSameMasks() {
    Baseline.Entry named = new Baseline.Entry(40, "NewThing", "IMPL_REQUIRED", false, "");
    assertEquals(List.of(new Drift(40, Drift.Impact.SAME_HOSTS,
            "bit 40 changed from unlisted to NewThing IMPL_REQUIRED", false, false)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0), baseline(IMPL_REQ, 0, named)));
  }
}
