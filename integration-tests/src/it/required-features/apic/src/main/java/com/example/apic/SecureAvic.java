package com.example.apic;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest's only interrupt controller driver: it has no code path without Secure AVIC. */
@SnpFeature(bit = 18, required = true,
    rationale = "the only interrupt controller driver this kernel has is Secure AVIC's")
public final class SecureAvic implements GuestFeature {

  /** The guest's registry constructs it at boot. */
  public SecureAvic() {}

  @Override
  public void enable(SevStatus status) {}
}
