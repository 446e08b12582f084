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
 */
public record BitRow(BitDefinition definition, Optional<FeatureDeclaration> implementation, String definedBy) {

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
}
