package dev.snpgate.examples.guest.features;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.examples.guest.BootLog;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** Debug register virtualization: hardware swaps DR0-DR7 on world switches. */
@SnpFeature(
    bit = 7,
    rationale = "With DebugSwap the hardware swaps the debug registers, so the guest must stop "
        + "intercepting DR7 accesses through #VC and keep its own debug state.")
public final class DebugSwap implements GuestFeature {

  @Override
  public void enable(SevStatus status) {
    BootLog.line("DebugSwap: debug registers are swapped by hardware; #VC DR7 handling off");
  }
}
