package com.example.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** The guest keeps its own debug registers, which DebugSwap saves and restores for it. */
@SnpFeature(bit = 7)
public final class DebugSwap implements GuestFeature {

  @Override
  public void enable(SevStatus status) {}
}
