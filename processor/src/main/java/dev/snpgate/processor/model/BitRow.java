package dev.snpgate.processor.model;

import dev.snpgate.runtime.BitDefinition;
import java.util.Optional;

/**
 * Everything the outputs say about one SEV_STATUS bit of a guest.
 *
 * @param definition the guest's catalog entry (built-in, overridden or named by the guest)
 * @param implementation the guest's implementation, if it has one
 * @param definedBy who defined the bit with a catalog override ({@value GuestModel#GUEST_OVERRIDE} or a
 *     feature library's name); empty for the built-in catalog's bits and unnamed ones
 * @param requirement the guest's requirement of the bit, if it is in REQUIRED
 */
public record BitRow(BitDefinition definition, Optional<FeatureDeclaration> implementation, String definedBy,
    Optional<Requirement> requirement) {

  /** A bit the guest does not require. */
  public BitRow(BitDefinition definition, Optional<FeatureDeclaration> implementation, String definedBy) {
    this(definition, implementation, definedBy, Optional.empty());
  }

  public int bit() {
    return definition.bit();
  }

  /** Whether the bit is in IMPL_REQ. */
  public boolean implRequired() {
    return definition.tier().needsImplementation();
  }

  /** Whether the bit is in PRESENT. */
  public boolean present() {
    return implementation.isPresent();
  }

  /** Whether the bit is in REQUIRED. */
  public boolean required() {
    return requirement.isPresent();
  }

  /** Who requires the bit; empty when nobody does. */
  public String requiredBy() {
    return requirement.isPresent() ? requirement.get().requiredBy() : "";
  }

  /** Why the bit is required; empty when nobody requires it or says why. */
  public String requiredRationale() {
    return requirement.isPresent() ? requirement.get().rationale() : "";
  }
}
