package dev.snpgate.runtime;

import java.util.Objects;

/**
 * One bit the hypervisor enabled that needs guest code this guest does not have.
 *
 * @param definition what the guest's catalog says about the bit
 */
public record UnsupportedFeature(BitDefinition definition) {

  /** The SEV_STATUS bit. */
  public int bit() {
    return definition.bit();
  }

  /** Whether the bit is reserved: nobody has defined it, so the guest cannot know what it does. */
  public boolean reserved() {
    return definition.tier() == Tier.RESERVED;
  }

  /** {@code bit 11 SecureTSC (Secure TSC)} or {@code reserved bit 45}. */
  public String label() {
    return definition.label();
  }

  /**
   * The bit's anchor in the guest's generated docs ({@code META-INF/snpgate/behavior.md} and
   * {@code .rst}): {@code bit-11}, {@link BitDefinition#docsAnchor(int)}.
   */
  public String docsAnchor() {
    return BitDefinition.docsAnchor(definition.bit());
  }

  /**
   * The link to the bit in the guest's docs, as messages print it:
   * {@code META-INF/snpgate/behavior.md#bit-11}, {@link BitDefinition#docsLink(int)}.
   */
  public String docsLink() {
    return BitDefinition.docsLink(definition.bit());
  }

  /** Why the guest must stop for this bit. */
  public String reason() {
    String reason;
    if (!reserved()) {
      reason = "a feature that needs guest code, and this guest has no implementation of it";
    } else if (definition.isNamed()) {
      reason = "defined only by this guest, so treated as reserved: refused until the catalog defines it";
    } else {
      reason = "reserved, so refused until it is defined (fail closed)";
    }
    return definition.reference().isEmpty() ? reason : reason + "; see " + definition.reference();
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof UnsupportedFeature)) {
      return false;
    }
    UnsupportedFeature that = (UnsupportedFeature) other;
    return Objects.equals(definition, that.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition);
  }

  @Override
  public String toString() {
    return "UnsupportedFeature[definition=" + definition + "]";
  }
}
