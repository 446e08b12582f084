package dev.snpgate.runtime;

/** How a SEV_STATUS bit takes part in the boot negotiation. */
public enum Tier {
  /** SEV, SEV-ES or SEV-SNP activity (bits 0..2): state, never a negotiable feature. */
  STATE,
  /** The guest must implement the feature before it may run with the hypervisor enabling it. */
  IMPL_REQUIRED,
  /** The hypervisor may enable the feature; the guest needs no code for it. */
  NO_IMPL_NEEDED,
  /** Architecturally reserved today; treated as implementation required (fail closed). */
  RESERVED;

  /** Whether a hypervisor enabling a bit of this tier needs guest code: reserved bits fail closed. */
  public boolean needsImplementation() {
    return this == IMPL_REQUIRED || this == RESERVED;
  }
}
