package dev.snpgate.runtime;

import java.util.List;

/**
 * A guest's boot reduced to what a generated registry without catalog overrides does: the built-in
 * catalog, two features, {@code Gate.boot} and an {@code instanceof}. Run in a JVM of its own by
 * {@link BootPathClassesTest}, which reads the classes it loads.
 */
final class BootProbe implements FeatureRegistry {

  private static final List<FeatureDescriptor> FEATURES = List.of(
      new FeatureDescriptor(7, "DebugSwap", "probe.DebugSwap", true, "r"),
      new FeatureDescriptor(11, "SecureTSC", "probe.SecureTsc", true, "r"));

  public static void main(String[] args) {
    GateDecision decision = Gate.boot(SevStatus.of(0x887L), new BootProbe());
    System.out.println(decision instanceof Termination ? "terminates" : "boots");
  }

  @Override
  public String guestName() {
    return "probe";
  }

  @Override
  public long implReq() {
    return 0xffffffffff7dbcf8L;
  }

  @Override
  public long present() {
    return 0x880L;
  }

  @Override
  public List<FeatureDescriptor> features() {
    return FEATURES;
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
