package dev.snpgate.runtime;

import java.util.List;

/**
 * A guest's boot in the shape the processor generates it, run in a JVM of its own by {@link
 * BootPathClassesTest}, which reads the classes it loads: a registry of three features (DebugSwap,
 * SecureTSC, SecureAVIC), a host enabling two, {@code Gate.boot} and a branch on {@code boots()},
 * as the boot code of docs/getting-started.md does.
 */
class BootProbe implements FeatureRegistry {

  private static final long IMPL_REQ = 0xffffffffff7dbcf8L;
  private static final long PRESENT = 0x40880L;

  public static void main(String[] args) {
    boot(new BootProbe(), 0x887L);
  }

  static void boot(FeatureRegistry registry, long status) {
    GateDecision decision = Gate.boot(SevStatus.of(status), registry);
    System.out.println(decision.boots() ? "boots" : "terminates");
  }

  /** The same guest with two catalog overrides: bit 24 needs no guest code, bit 45 it only named. */
  static final class WithOverrides extends BootProbe {

    public static void main(String[] args) {
      boot(new WithOverrides(), 0x887L | 1L << 24);
    }

    @Override
    public long implReq() {
      return IMPL_REQ & ~(1L << 24);
    }

    @Override
    public long catalogOverrides() {
      return 1L << 24 | 1L << 45;
    }

    @Override
    public String overrideName(int bit) {
      return bit == 24 ? "FutureFeat" : "NewThing";
    }

    @Override
    public String overrideTier(int bit) {
      return bit == 24 ? "NO_IMPL_NEEDED" : "RESERVED";
    }
  }

  /** The same guest requiring SEV-SNP and Secure AVIC, on a host that enables both. */
  static final class WithRequired extends BootProbe {

    public static void main(String[] args) {
      boot(new WithRequired(), 0x40887L);
    }

    @Override
    public long required() {
      return 0x40004L;
    }

    @Override
    public String requiredBy(int bit) {
      return "probe.SecureAvic";
    }
  }

  @Override
  public String guestName() {
    return "probe";
  }

  @Override
  public long implReq() {
    return IMPL_REQ;
  }

  @Override
  public long present() {
    return PRESENT;
  }

  @Override
  public long describedBits() {
    return PRESENT;
  }

  @Override
  public List<FeatureDescriptor> features() {
    return List.of(
        new FeatureDescriptor(7, "DebugSwap", "probe.DebugSwap", true, "r"),
        new FeatureDescriptor(11, "SecureTSC", "probe.SecureTsc", true, "r"),
        new FeatureDescriptor(18, "SecureAVIC", "probe.SecureAvic", true, "r"));
  }

  @Override
  public GuestFeature newFeature(int bit) {
    return new GuestFeature() {
      @Override
      public void enable(SevStatus status) {
        // Nothing to turn on.
      }
    };
  }
}
