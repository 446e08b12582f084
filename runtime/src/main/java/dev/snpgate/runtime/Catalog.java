package dev.snpgate.runtime;

/**
 * The SEV_STATUS MSR bit catalog: one {@link BitDefinition} for each of the 64 bits.
 *
 * <p>The built-in catalog holds the AMD APM and Linux 7.1 facts. A guest may override bits the
 * built-in catalog treats as reserved (a newly architected bit), never a bit it defines.
 */
public final class Catalog {

  /** Number of bits in SEV_STATUS. */
  public static final int BITS = 64;

  /** First bit that is a negotiable feature; bits 0..2 are SEV, SEV-ES and SNP state. */
  public static final int FIRST_FEATURE_BIT = 3;

  /** The SEV-SNP activity bit: the gate checks nothing when it is clear. */
  public static final int SNP_BIT = 2;

  private static final Catalog BUILT_IN = new Catalog(BuiltInBits.definitions());

  private final BitDefinition[] definitions;

  private Catalog(BitDefinition[] definitions) {
    this.definitions = definitions;
  }

  /** The catalog shipped with snpgate. */
  public static Catalog builtIn() {
    return BUILT_IN;
  }

  /** What this catalog says about {@code bit}. */
  public BitDefinition definition(int bit) {
    SevStatus.checkBit(bit);
    return definitions[bit];
  }

  /**
   * The bit {@code name} names, or -1 when none does. A name is a bit's {@link
   * BitDefinition#displayName()}, as the kernel's status line and {@link SevStatus#names} print it,
   * in any letter case (operators type them; no two bits' names differ only in case). {@code
   * reserved-bit-N} (N in 0..63, as snpgate writes it) always names bit N, also a bit this catalog
   * has named since: a line an older snpgate printed still reads back.
   */
  public int bitNamed(String name) {
    if (name == null) {
      return -1;
    }
    for (BitDefinition definition : definitions) {
      if (definition.isNamed() && equalsIgnoringAsciiCase(definition.name(), name)) {
        return definition.bit();
      }
    }
    return reservedBitNumber(name);
  }

  /** N of {@code reserved-bit-N}, written as snpgate writes it (no sign, no leading zero), or -1. */
  private static int reservedBitNumber(String name) {
    String prefix = BitDefinition.UNNAMED_PREFIX;
    if (!equalsIgnoringAsciiCase(prefix, name.substring(0, Math.min(name.length(), prefix.length())))) {
      return -1;
    }
    String digits = name.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 2 || (digits.length() == 2 && digits.charAt(0) == '0')) {
      return -1;
    }
    int bit = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      bit = bit * 10 + (c - '0');
    }
    return bit < BITS ? bit : -1;
  }

  /**
   * Equality with ASCII letters in any case, nothing else folded: String.equalsIgnoreCase would
   * also take the long s ({@code ſ}) for {@code s}, so {@code ſev-snp} would name bit 2.
   */
  private static boolean equalsIgnoringAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The bits a guest must implement before it may run with them enabled: every IMPL_REQUIRED bit
   * and every RESERVED bit (fail closed).
   */
  public long implementationRequiredMask() {
    long mask = 0;
    for (BitDefinition definition : definitions) {
      if (definition.tier().needsImplementation()) {
        mask |= 1L << definition.bit();
      }
    }
    return mask;
  }

  /**
   * A catalog that also defines {@code override.bit()}, which this catalog must hold as reserved.
   *
   * @throws IllegalArgumentException if this catalog defines the bit already, or the override
   *     has no name or declares the bit to be state
   */
  public Catalog withOverride(BitDefinition override) {
    BitDefinition current = definitions[override.bit()];
    if (current.tier() != Tier.RESERVED || current.isNamed()) {
      throw new IllegalArgumentException(
          "bit " + override.bit() + " is already defined by the catalog as " + current.displayName()
              + " (" + current.tier() + "); an override may only define a reserved bit");
    }
    if (!override.isNamed() || override.tier() == Tier.STATE) {
      throw new IllegalArgumentException(
          "an override of bit " + override.bit() + " needs a name and a feature tier");
    }
    BitDefinition[] copy = definitions.clone();
    copy[override.bit()] = override;
    return new Catalog(copy);
  }
}
