package dev.snpgate.baseline;

import dev.snpgate.runtime.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares a guest's baseline now with the checked-in one, by meaning: one {@link Drift} per changed bit. */
public final class BaselineDiff {

  private BaselineDiff() {}

  public static List<Drift> compare(Baseline checkedIn, Baseline now) {
    List<Drift> drifts = new ArrayList<>();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      boolean implReqBefore = has(checkedIn.implReq(), bit);
      boolean implReqNow = has(now.implReq(), bit);
      boolean presentBefore = has(checkedIn.present(), bit);
      boolean presentNow = has(now.present(), bit);
      String name = now.nameOf(bit);
      List<String> changes = new ArrayList<>();
      if (presentNow != presentBefore) {
        changes.add(presentNow
            ? "PRESENT gained bit " + bit + " " + name + " (" + now.implementationOf(bit) + "): "
                + (implReqNow ? "this guest will now boot on hosts that enable it"
                    : "the guest's implementation now runs on hosts that enable it")
            : "PRESENT lost bit " + bit + " " + name + " (was " + checkedIn.implementationOf(bit) + "): "
                + (implReqNow ? "this guest will now refuse hosts that enable it"
                    : "hosts that enable it are still accepted, now without the guest's implementation"));
      }
      if (implReqNow != implReqBefore) {
        changes.add(implReqNow
            ? "IMPL_REQ gained bit " + bit + " " + name + ": "
                + (presentNow ? "the guest implements it, so no host is refused for it"
                    : "this guest will now refuse hosts that enable it")
            : "IMPL_REQ lost bit " + bit + " " + name + ": "
                + (presentNow ? "the guest's implementation is no longer required"
                    : "this guest will now boot on hosts that enable it without guest code"));
      }
      Baseline.Entry before = checkedIn.entries().get(bit);
      Baseline.Entry after = now.entries().get(bit);
      if (changes.isEmpty() && !Objects.equals(before, after)) {
        changes.add("bit " + bit + " changed from " + describe(before) + " to " + describe(after));
      }
      if (!changes.isEmpty()) {
        drifts.add(new Drift(bit, impact(implReqBefore && !presentBefore, implReqNow && !presentNow),
            String.join("; ", changes), presentBefore && !presentNow,
            presentNow != presentBefore || implReqNow != implReqBefore));
      }
    }
    return drifts;
  }

  /** By whether hosts that enable the bit were refused before and are refused now. */
  private static Drift.Impact impact(boolean refusedBefore, boolean refusedNow) {
    if (refusedBefore == refusedNow) {
      return Drift.Impact.SAME_HOSTS;
    }
    return refusedBefore ? Drift.Impact.COMPATIBLE : Drift.Impact.BREAKING;
  }

  private static boolean has(long mask, int bit) {
    return (mask >>> bit & 1) == 1;
  }

  private static String describe(Baseline.Entry entry) {
    if (entry == null) {
      return "unlisted";
    }
    return entry.name() + " " + entry.tier() + (entry.implementation().isEmpty() ? "" : " " + entry.implementation());
  }
}
