package com.example.tsc;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest takes its time from the TSC, which Secure TSC keeps out of the host's reach. */
@SnpFeature(bit = 11)
public final class SecureTsc implements GuestFeature {

  /** The guest's registry constructs it at boot. */
  public SecureTsc() {}

  @Override
  public void enable(SevStatus status) {}
}
