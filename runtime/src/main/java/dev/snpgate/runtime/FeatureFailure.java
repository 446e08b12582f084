package dev.snpgate.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A feature implementation that failed to come up at boot: the registry could not create it, or its
 * {@link GuestFeature#enable} threw. The guest stops (a {@link Termination}), as Linux does when
 * Secure TSC or Secure AVIC fail to come up.
 *
 * @param feature the feature that failed
 * @param failure what failed, with the exception's simple class name and message (never a stack
 *     trace): {@code enable threw IllegalStateException: no TSC frequency},
 *     {@code newFeature(11) threw NoClassDefFoundError: a/B} or {@code newFeature(11) returned null}
 * @param enabledBefore the features enabled before it, in bit order; they stay enabled, since the
 *     gate cannot undo an {@code enable}
 */
public record FeatureFailure(FeatureDescriptor feature, String failure, List<FeatureDescriptor> enabledBefore) {

  public FeatureFailure {
    if (feature == null || failure == null) {
      throw new IllegalArgumentException("a feature failure needs the feature and what failed");
    }
    enabledBefore = List.copyOf(enabledBefore);
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FeatureFailure)) {
      return false;
    }
    FeatureFailure that = (FeatureFailure) other;
    return Objects.equals(feature, that.feature)
        && Objects.equals(failure, that.failure)
        && Objects.equals(enabledBefore, that.enabledBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(feature, failure, enabledBefore);
  }

  @Override
  public String toString() {
    return "FeatureFailure[feature=" + feature + ", failure=" + failure + ", enabledBefore=" + enabledBefore + "]";
  }
}
