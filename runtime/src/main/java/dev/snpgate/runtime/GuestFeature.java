package dev.snpgate.runtime;

/**
 * A guest's implementation of one SEV_STATUS feature. Annotate each with
 * {@code @dev.snpgate.annotations.SnpFeature}; the gate calls {@link #enable} at boot when the
 * hypervisor enabled the feature's bit.
 */
public interface GuestFeature {

  /** Turns the feature on in the guest; called once, in bit order, before the guest goes on. */
  void enable(SevStatus status);
}
