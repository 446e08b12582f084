package dev.snpgate.examples.guest.features;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.examples.guest.BootLog;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** Secure TSC: a TSC the hypervisor cannot scale or offset behind the guest's back. */
@SnpFeature(
    bit = 11,
    implRequired = true,
    rationale = "With Secure TSC the guest must take its TSC frequency from the AMD security "
        + "processor instead of the hypervisor, or its clock runs at a rate the host chose.")
public final class SecureTsc implements GuestFeature {

  @Override
  public void enable(SevStatus status) {
    BootLog.line("SecureTSC: TSC frequency taken from the security processor, not the hypervisor");
  }
}
