package com.example.guest.features;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

@SnpFeature(bit = 7, rationale = "Swaps debug registers in hardware.")
public final class DebugSwap implements GuestFeature {
  @Override
  public void enable(SevStatus status) {
    System.out.println("enabled DebugSwap");
  }
}
