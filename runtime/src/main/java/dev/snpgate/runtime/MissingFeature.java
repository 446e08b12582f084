package dev.snpgate.runtime;

import java.util.Objects;

/**
 * One bit the guest requires that SEV_STATUS does not have: the host left a feature off that the
 * guest has no code path without, or SEV-SNP itself (bit 2) for a guest that runs only as an
 * SEV-SNP guest.
 *
 * @param definition what the guest's catalog says about the bit
 * @param requiredBy who requires it: the feature class, or {@code @SnpGuest} and its element; empty
 *     when the registry cannot say
 * @param rationale why, as the declaration says; empty when it says nothing
 */
public record MissingFeature(BitDefinition definition, String requiredBy, String rationale) {

  public MissingFeature {
    Objects.requireNonNull(definition, "definition");
    requiredBy = requiredBy == null ? "" : requiredBy;
    rationale = rationale == null ? "" : rationale;
  }

  /** The SEV_STATUS bit. */
  public int bit() {
    return definition.bit();
  }

  /** {@code bit 18 SecureAVIC (Secure AVIC)} or {@code reserved bit 45}. */
  public String label() {
    return definition.label();
  }

  /** The link to the bit in the guest's docs, as messages print it ({@link BitDefinition#docsLink(int)}). */
  public String docsLink() {
    return BitDefinition.docsLink(definition.bit());
  }

  /** {@code required by dev.example.SecureAvic: no interrupt controller driver but Secure AVIC's}. */
  public String reason() {
    String by = requiredBy.isEmpty() ? "required by the guest (the registry does not say where)" : "required by " + requiredBy;
    return rationale.isEmpty() ? by : by + ": " + rationale;
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MissingFeature)) {
      return false;
    }
    MissingFeature that = (MissingFeature) other;
    return Objects.equals(definition, that.definition)
        && Objects.equals(requiredBy, that.requiredBy)
        && Objects.equals(rationale, that.rationale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, requiredBy, rationale);
  }

  @Override
  public String toString() {
    return "MissingFeature[definition=" + definition + ", requiredBy=" + requiredBy + ", rationale=" + rationale + "]";
  }
}
