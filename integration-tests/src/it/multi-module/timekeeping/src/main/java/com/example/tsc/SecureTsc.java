package com.example.tsc;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

@SnpFeature(bit = 11, rationale = "The guest takes its TSC frequency from the security processor.")
public final class SecureTsc implements GuestFeature {
  @Override
  public void enable(SevStatus status) {}
}
