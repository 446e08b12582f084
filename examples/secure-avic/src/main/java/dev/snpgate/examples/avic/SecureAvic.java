package dev.snpgate.examples.avic;

import dev.snpgate.annotations.SnpFeature;
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
    // A library knows nothing of the guest's console; the example's guest writes to standard output too.
    System.out.println("SecureAVIC: APIC backing page set up and owned by the guest");
  }
}
