package com.example.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest's #VC handler keeps debug registers in the VMSA, as DebugSwap asks. */
@SnpFeature(bit = 7)
public final class DebugSwap implements GuestFeature {

  /** The guest's registry constructs it at boot. */
  public DebugSwap() {}

  @Override
  public void enable(SevStatus status) {}
}
