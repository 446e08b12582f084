package com.example.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest's Secure TSC support: SEV_STATUS bit 11. */
@SnpFeature(bit = 11, rationale = "The guest takes its TSC frequency from the security processor.")
public final class SecureTsc implements GuestFeature {

  @Override
  public void enable(SevStatus status) {
    // Turn the feature on here; the gate calls this at boot when the host enabled bit 11.
  }
}
