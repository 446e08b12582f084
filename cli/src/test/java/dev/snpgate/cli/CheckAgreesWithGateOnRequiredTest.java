package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code check} on a manifest with REQUIRED (SEV-SNP, SMTProt and SecureAVIC) against the runtime's
 * gate on a registry written here with the same masks, on 10,000 seeded random statuses: the same
 * verdict, unsupported mask, missing mask, message and exit status. The registry is written out by
 * hand, not read from the manifest, so a reader that drops or bends a key shows up as a difference.
 */
class CheckAgreesWithGateOnRequiredTest {

  private static final long SEED = 0x4e9_17edL;
  private static final int STATUSES = 10_000;
  private static final String GUEST_CLASS = "@SnpGuest dev.snpgate.examples.guest.Main";
  private static final String AVIC_CLASS = "dev.snpgate.examples.avic.SecureAvic";

  /** What snp-protections-guest.json says, as a generated registry would say it. */
  private static final FeatureRegistry SAME_MASKS = new FeatureRegistry() {
    @Override
    public String guestName() {
      return "snp-protections-guest";
    }

    @Override
    public long implReq() {
      return 0xffffffffff7dbcf8L;
    }

    @Override
    public long present() {
      return 0x40880L;
    }

    @Override
    public long required() {
      return 0x60004L;
    }

    @Override
    public String requiredBy(int bit) {
      return bit == 2 || bit == 17 ? GUEST_CLASS : bit == 18 ? AVIC_CLASS : "";
    }

    @Override
    public String requiredRationale(int bit) {
      return bit == 17 ? "Another VM's thread must not share a core with this guest's secrets."
          : bit == 18 ? "The guest has no interrupt controller driver but Secure AVIC's: without it, it receives no"
              + " interrupts." : "";
    }

    @Override
    public List<FeatureDescriptor> features() {
      return List.of(
          new FeatureDescriptor(7, "DebugSwap", "dev.snpgate.examples.guest.features.DebugSwap", true, "With DebugSwap"
              + " the hardware swaps the debug registers, so the guest must stop intercepting DR7 accesses through #VC"
              + " and keep its own debug state."),
          new FeatureDescriptor(11, "SecureTSC", "dev.snpgate.examples.guest.features.SecureTsc", true, "With Secure"
              + " TSC the guest must take its TSC frequency from the AMD security processor instead of the"
              + " hypervisor, or its clock runs at a rate the host chose."),
          new FeatureDescriptor(18, "SecureAVIC", AVIC_CLASS, true, "With Secure AVIC the hypervisor can no longer"
              + " write the guest's APIC state, so the guest must run its own APIC backing page or it receives no"
              + " interrupts."));
    }

    @Override
    public GuestFeature newFeature(int bit) {
      throw new UnsupportedOperationException("decided only");
    }
  };

  @Test
  void checkDecidesAsTheGateOnTheSameMasks() {
    String manifest = ManifestFixtures.resource("snp-protections-guest.json").toString();
    SplittableRandom random = new SplittableRandom(SEED);
    int[] outcomes = new int[4];
    for (int i = 0; i < STATUSES; i++) {
      GateDecision gate = CheckAgreement.assertSameDecision(manifest, SevStatus.of(randomStatus(random)), SAME_MASKS);
      if (gate instanceof Termination termination) {
        outcomes[termination.request() == null ? 1 : termination.unsupported().isEmpty() ? 2 : 3]++;
      } else {
        outcomes[0]++;
      }
    }
    // Every outcome often, or the agreement says little: boot, the stop without SEV-SNP (this guest
    // never boots without it), missing only, unsupported (with or without missing).
    for (int count : outcomes) {
      assertTrue(count > STATUSES / 20, Arrays.toString(outcomes));
    }
  }

  /**
   * SEV-SNP active, inactive or random state bits, each named feature bit at one chance in three
   * (so SMTProt and SecureAVIC are on about as often as off), sometimes a reserved bit, sometimes all
   * 64 random.
   */
  private static long randomStatus(SplittableRandom random) {
    int shape = random.nextInt(10);
    if (shape == 0) {
      return random.nextLong();
    }
    long status = shape <= 2 ? random.nextLong() & 0x3 : 0x7;
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      if (Catalog.builtIn().definition(bit).isNamed() && random.nextInt(bit == 17 || bit == 18 ? 2 : 12) == 0) {
        status |= 1L << bit;
      }
    }
    if (random.nextInt(10) == 0) {
      status |= 1L << (13 + random.nextInt(51));
    }
    return status;
  }
}
