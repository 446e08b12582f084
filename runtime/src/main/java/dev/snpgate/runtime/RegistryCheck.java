package dev.snpgate.runtime;

/**
 * Refuses a registry whose masks contradict its own descriptors or its catalog: generated code
 * edited by hand, or a registry from an incompatible snpgate. A gate that trusted such masks could
 * boot a guest that lacks the code a host enabled.
 */
final class RegistryCheck {

  private RegistryCheck() {}

  static void verify(FeatureRegistry registry) {
    long described = 0;
    int previousBit = -1;
    for (FeatureDescriptor feature : registry.features()) {
      if (feature.bit() <= previousBit) {
        throw refused(registry, "its features are not in strictly increasing bit order at bit " + feature.bit());
      }
      if (feature.bit() < Catalog.FIRST_FEATURE_BIT) {
        throw refused(registry, "bit " + feature.bit() + " is SEV state, not a feature");
      }
      previousBit = feature.bit();
      described |= 1L << feature.bit();
    }
    if (registry.present() != described) {
      throw refused(registry, "PRESENT is " + SevStatus.hex(registry.present())
          + " but its feature descriptors cover " + SevStatus.hex(described));
    }
    long expectedImplReq = registry.catalog().implementationRequiredMask();
    if (registry.implReq() != expectedImplReq) {
      throw refused(registry, "IMPL_REQ is " + SevStatus.hex(registry.implReq())
          + " but its catalog requires " + SevStatus.hex(expectedImplReq));
    }
  }

  private static IllegalStateException refused(FeatureRegistry registry, String problem) {
    return new IllegalStateException("snpgate refuses the feature registry of guest "
        + registry.guestName() + ": " + problem + "; rebuild the guest so the processor generates it again");
  }
}
