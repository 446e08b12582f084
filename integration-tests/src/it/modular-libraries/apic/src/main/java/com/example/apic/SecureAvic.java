package com.example.apic;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest runs its own interrupt controller, which Secure AVIC makes the hardware enforce. */
@SnpFeature(bit = 18)
public final class SecureAvic implements GuestFeature {

  /** The guest's registry constructs it at boot. */
  public SecureAvic() {}

  @Override
  public void enable(SevStatus status) {}
}
