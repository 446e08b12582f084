package com.example.apic;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

@SnpFeature(bit = 18, name = "SecureAVIC", rationale = "The guest runs its own APIC backing page.")
public final class SecureAvic implements GuestFeature {
  @Override
  public void enable(SevStatus status) {}
}
