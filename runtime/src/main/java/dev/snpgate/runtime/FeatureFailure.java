package dev.snpgate.runtime;

import java.util.List;

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
}
