package com.example.guest.features;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

@SnpFeature(bit = 11, rationale = "Takes the TSC frequency from the security processor.")
public final class SecureTsc implements GuestFeature {
  @Override
  public void enable(SevStatus status) {
    System.out.println("enabled SecureTsc");
  }
}
