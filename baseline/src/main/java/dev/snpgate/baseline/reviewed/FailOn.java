package dev.snpgate.baseline.reviewed;

import java.util.Locale;
import java.util.Optional;

/**
 * Which differences from the reviewed files fail the build. A team that renames or moves feature
 * classes often may fail only on what changes the hosts a guest accepts, and see the rest as warnings.
 */
public enum FailOn {
  /** Every difference of the baseline or docs fails (the default). */
  ANY,
  /**
   * Only a changed IMPL_REQ, PRESENT or REQUIRED fails; a renamed or moved class, a changed name or
   * tier, stale docs warn.
   */
  MASKS;

  /** {@code any} or {@code masks}, in any case; empty for anything else. */
  public static Optional<FailOn> of(String value) {
    for (FailOn failOn : values()) {
      if (failOn.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(failOn);
      }
    }
    return Optional.empty();
  }

  /** The level of a difference that changes the masks or not. */
  Finding.Level levelOf(boolean masksChanged) {
    return this == ANY || masksChanged ? Finding.Level.ERROR : Finding.Level.WARNING;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
