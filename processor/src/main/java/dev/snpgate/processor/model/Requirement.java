package dev.snpgate.processor.model;

import java.util.Collection;

/**
 * One bit of the guest's REQUIRED mask: SEV_STATUS must have it set for the guest to run.
 *
 * @param bit the SEV_STATUS bit: 2 (SEV-SNP) or a feature bit
 * @param requiredBy who requires it: the feature class ({@code class@library} for a library's), or
 *     {@code @SnpGuest} and the element carrying it
 * @param rationale why, as its declaration says; empty when it says nothing (bit 2)
 */
public record Requirement(int bit, String requiredBy, String rationale) {

  /** REQUIRED of these requirements: the one computation the model and the validator share. */
  public static long mask(Collection<Requirement> requirements) {
    long mask = 0;
    for (Requirement requirement : requirements) {
      mask |= 1L << requirement.bit();
    }
    return mask;
  }
}
