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
