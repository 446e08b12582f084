package dev.snpgate.examples.guest.features;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.examples.guest.BootLog;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/** Secure AVIC: the guest owns its APIC backing page and interrupt delivery. */
@SnpFeature(
    bit = 18,
    name = "SecureAVIC",
    rationale = "With Secure AVIC the hypervisor can no longer write the guest's APIC state, so "
        + "the guest must run its own APIC backing page or it receives no interrupts.")
public final class SecureAvic implements GuestFeature {

  @Override
  public void enable(SevStatus status) {
    BootLog.line("SecureAVIC: APIC backing page set up and owned by the guest");
  }
}
