package dev.snpgate.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

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

  @Test
  void aNewlyListedBitWithTheSameMasks() {
    Baseline.Entry named = new Baseline.Entry(40, "NewThing", "IMPL_REQUIRED", false, "");
    assertEquals(List.of(new Drift(40, Drift.Impact.SAME_HOSTS,
            "bit 40 changed from unlisted to NewThing IMPL_REQUIRED", false, false)),
        BaselineDiff.compare(baseline(IMPL_REQ, 0), baseline(IMPL_REQ, 0, named)));
  }
}
