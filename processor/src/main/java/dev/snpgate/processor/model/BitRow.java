package dev.snpgate.processor.model;

import dev.snpgate.runtime.BitDefinition;
import java.util.Optional;

/**
 * Everything the outputs say about one SEV_STATUS bit of a guest.
 *
 * @param definition the guest's catalog entry (built-in, overridden or named by the guest)
 * @param implementation the guest's implementation, if it has one
 */
public record BitRow(BitDefinition definition, Optional<FeatureDeclaration> implementation) {

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
