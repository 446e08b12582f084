package dev.snpgate.baseline;

import dev.snpgate.runtime.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a guest's baseline now with the checked-in one, by meaning: one {@link Drift} per changed bit.
 *
 * <p>A bit splits the hosts (with SEV-SNP active, or for bit 2 all hosts) in two: those that enable
 * it and those that do not. The guest refuses the first when IMPL_REQ holds the bit and PRESENT does
 * not, and the second when REQUIRED holds it. A change that refuses either set the guest accepted is
 * breaking; otherwise one that accepts a set it refused is compatible.
 */
public final class BaselineDiff {

  private BaselineDiff() {}

  public static List<Drift> compare(Baseline checkedIn, Baseline now) {
    List<Drift> drifts = new ArrayList<>();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      Masks before = Masks.of(checkedIn, bit);
      Masks after = Masks.of(now, bit);
      String name = now.nameOf(bit);
      List<String> changes = new ArrayList<>();
      if (after.present != before.present) {
        changes.add(after.present
            ? "PRESENT gained bit " + bit + " " + name + " (" + now.implementationOf(bit) + "): "
                + (after.implReq ? "this guest will now boot on hosts that enable it"
                    : "the guest's implementation now runs on hosts that enable it")
            : "PRESENT lost bit " + bit + " " + name + " (was " + checkedIn.implementationOf(bit) + "): "
                + (after.implReq ? "this guest will now refuse hosts that enable it"
                    : "hosts that enable it are still accepted, now without the guest's implementation"));
      }
      if (after.implReq != before.implReq) {
        changes.add(after.implReq
            ? "IMPL_REQ gained bit " + bit + " " + name + ": "
                + (after.present ? "the guest implements it, so no host that enables it is refused for it"
                    : "this guest will now refuse hosts that enable it")
            : "IMPL_REQ lost bit " + bit + " " + name + ": "
                + (after.present ? "the guest's implementation is no longer required"
                    : "this guest will now boot on hosts that enable it without guest code"));
      }
      if (after.required != before.required) {
        changes.add("REQUIRED " + (after.required ? "gained" : "lost") + " bit " + bit + " " + name + ": "
            + requiredConsequence(bit, name, after.required));
      }
      Baseline.Entry entryBefore = checkedIn.entries().get(bit);
      Baseline.Entry entryAfter = now.entries().get(bit);
      if (changes.isEmpty() && !Objects.equals(entryBefore, entryAfter)) {
        changes.add("bit " + bit + " changed from " + describe(entryBefore) + " to " + describe(entryAfter));
      }
      if (!changes.isEmpty()) {
        drifts.add(new Drift(bit, impact(before, after), String.join("; ", changes), before.present && !after.present,
            !after.equals(before)));
      }
    }
    return drifts;
  }

  /** The bit's three masks in one baseline, and whom they refuse. */
  private record Masks(boolean implReq, boolean present, boolean required) {

    static Masks of(Baseline baseline, int bit) {
      return new Masks(has(baseline.implReq(), bit), has(baseline.present(), bit), has(baseline.required(), bit));
    }

    boolean refusesHostsThatEnable() {
      return implReq && !present;
    }

    boolean refusesHostsThatDoNotEnable() {
      return required;
    }
  }

  /** Breaking when either set of hosts is refused now and was accepted before, else compatible when one was refused and is accepted. */
  private static Drift.Impact impact(Masks before, Masks after) {
    if (newlyRefused(before.refusesHostsThatEnable(), after.refusesHostsThatEnable())
        || newlyRefused(before.refusesHostsThatDoNotEnable(), after.refusesHostsThatDoNotEnable())) {
      return Drift.Impact.BREAKING;
    }
    if (newlyRefused(after.refusesHostsThatEnable(), before.refusesHostsThatEnable())
        || newlyRefused(after.refusesHostsThatDoNotEnable(), before.refusesHostsThatDoNotEnable())) {
      return Drift.Impact.COMPATIBLE;
    }
    return Drift.Impact.SAME_HOSTS;
  }

  private static boolean newlyRefused(boolean refusedBefore, boolean refusedNow) {
    return refusedNow && !refusedBefore;
  }

  /** For SEV-SNP, whether the guest runs without it at all; for a feature, on hosts that do not enable it. */
  private static String requiredConsequence(int bit, String name, boolean required) {
    if (bit == Catalog.SNP_BIT) {
      return required ? "this guest will now refuse to run without " + name
          : "this guest will now also run without " + name;
    }
    return required ? "this guest will now refuse hosts that do not enable it"
        : "this guest will now boot on hosts that do not enable it";
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
