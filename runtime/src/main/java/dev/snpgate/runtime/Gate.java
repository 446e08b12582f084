package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The boot-time feature gate: {@code unsupported = SEV_STATUS & IMPL_REQ & ~PRESENT}, checked only
 * when SEV-SNP is active, as Linux does.
 *
 * <p>Plain loops, no lambdas, no reflection: this runs at JVM start of a guest.
 */
public final class Gate {

  private Gate() {}

  /** Decides without side effects. */
  public static GateDecision decide(SevStatus status, FeatureRegistry registry) {
    RegistryCheck.verify(registry);
    if (!status.snpActive()) {
      return new SnpInactive(status, registry.guestName());
    }
    long unsupportedMask = status.value() & registry.implReq() & ~registry.present();
    if (unsupportedMask != 0) {
      return terminate(status, registry, unsupportedMask);
    }
    List<FeatureDescriptor> enabledFeatures = new ArrayList<>();
    for (FeatureDescriptor feature : registry.features()) {
      if (status.isSet(feature.bit())) {
        enabledFeatures.add(feature);
      }
    }
    List<BitDefinition> enabledWithoutImplementation = new ArrayList<>();
    long unimplemented = status.value() & ~registry.present();
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      if ((unimplemented & (1L << bit)) != 0) {
        enabledWithoutImplementation.add(registry.catalog().definition(bit));
      }
    }
    return new BootDecision(status, registry.guestName(), enabledFeatures, enabledWithoutImplementation);
  }

  /**
   * Decides and, when the guest boots with SEV-SNP active, calls {@link GuestFeature#enable} on
   * each implementation whose bit is enabled, in bit order.
   */
  public static GateDecision boot(SevStatus status, FeatureRegistry registry) {
    GateDecision decision = decide(status, registry);
    if (decision instanceof BootDecision) {
      for (FeatureDescriptor feature : ((BootDecision) decision).enabledFeatures()) {
        registry.newFeature(feature.bit()).enable(status);
      }
    }
    return decision;
  }

  private static Termination terminate(SevStatus status, FeatureRegistry registry, long unsupportedMask) {
    List<UnsupportedFeature> unsupported = new ArrayList<>();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if ((unsupportedMask & (1L << bit)) != 0) {
        unsupported.add(new UnsupportedFeature(registry.catalog().definition(bit)));
      }
    }
    return new Termination(status, registry.guestName(), unsupportedMask, unsupported,
        GhcbTermination.forUnsupported(unsupportedMask));
  }
}
