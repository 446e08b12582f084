package com.example.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest reads its clock from the Secure TSC, not from the host. */
@SnpFeature(bit = 11)
public final class SecureTsc implements GuestFeature {

  /** The guest's registry constructs it at boot. */
  public SecureTsc() {}

  @Override
  public void enable(SevStatus status) {}
}
