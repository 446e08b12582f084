package dev.snpgate.runtime;

import java.util.Objects;

/**
 * What a catalog says about one SEV_STATUS bit.
 *
 * @param bit the SEV_STATUS bit number, 0..63
 * @param name the Linux display name, or empty for a bit with no name
 * @param longName the AMD APM's long name, or {@code "(reserved)"}
 * @param tier how the bit takes part in the negotiation
 * @param reference where the definition comes from, for a guest's catalog override; empty otherwise
 */
public record BitDefinition(int bit, String name, String longName, Tier tier, String reference) {

  public BitDefinition {
    SevStatus.checkBit(bit);
    if (name == null || longName == null || tier == null || reference == null) {
      throw new IllegalArgumentException("bit " + bit + ": name, longName, tier and reference must not be null");
    }
  }

  /** Whether the bit has a name: every bit but the reserved ones nobody has defined yet. */
  public boolean isNamed() {
    return !name.isEmpty();
  }

  /** The name, or {@code reserved-bit-N} for an unnamed bit: the kernel-style status token. */
  public String displayName() {
    return isNamed() ? name : unnamed(bit);
  }

  /** What the display name of a bit nobody has named starts with, before the bit number. */
  static final String UNNAMED_PREFIX = "reserved-bit-";

  /** The display name of a bit nobody has named: {@code reserved-bit-45}. */
  public static String unnamed(int bit) {
    return UNNAMED_PREFIX + bit;
  }

  /** The name for a sentence: the name, or {@code reserved bit N}. */
  public String spokenName() {
    return isNamed() ? name : "reserved bit " + bit;
  }

  /** The bit for a list in a message: {@code bit 11 SecureTSC (Secure TSC)} or {@code reserved bit 45}. */
  public String label() {
    return isNamed() ? "bit " + bit + " " + name + " (" + longName + ")" : spokenName();
  }

  /**
   * Where every guest compilation writes its boot-behaviour docs, in the guest's class output and so
   * in its jar: {@code META-INF/snpgate/behavior.md} (and {@code behavior.rst} beside it).
   */
  public static final String BEHAVIOR_DOCS = "META-INF/snpgate/behavior.md";

  /**
   * The anchor of {@code bit} in the guest's generated docs, {@code bit-11}: the one definition,
   * for the docs writer and for the gate's messages.
   *
   * @throws IllegalArgumentException if {@code bit} is outside 0..63
   */
  public static String docsAnchor(int bit) {
    SevStatus.checkBit(bit);
    return "bit-" + bit;
  }

  /**
   * The link to {@code bit} in the guest's docs, as the gate's messages print it:
   * {@code META-INF/snpgate/behavior.md#bit-11}. It names the copy in the guest's jar, which every
   * guest has; a checked-in copy is optional and its directory is the guest's choice.
   *
   * @throws IllegalArgumentException if {@code bit} is outside 0..63
   */
  public static String docsLink(int bit) {
    return BEHAVIOR_DOCS + "#" + docsAnchor(bit);
  }

  /** The SEV_FEATURES (VMSA) bit number, {@code bit - 2}, or -1 for bits 0 and 1. */
  public int sevFeaturesBit() {
    return bit < 2 ? -1 : bit - 2;
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BitDefinition)) {
      return false;
    }
    BitDefinition that = (BitDefinition) other;
    return bit == that.bit
        && Objects.equals(name, that.name)
        && Objects.equals(longName, that.longName)
        && Objects.equals(tier, that.tier)
        && Objects.equals(reference, that.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bit, name, longName, tier, reference);
  }

  @Override
  public String toString() {
    return "BitDefinition[bit=" + bit + ", name=" + name + ", longName=" + longName + ", tier=" + tier + ", reference=" + reference + "]";
  }
}
