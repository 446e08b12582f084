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

  /** Bits {@value #FIRST_FEATURE_BIT}..63: the negotiable features, never the SEV state bits. */
  static final long FEATURE_BITS = -1L << FIRST_FEATURE_BIT;

  /** The built-in state bits: SEV, SEV-ES and SEV-SNP. */
  private static final long BUILT_IN_STATE = 0b111L;
  /**
   * The built-in NO_IMPL_NEEDED features. Every other built-in bit, named or reserved, needs an
   * implementation; {@link #builtInDefinition} names the bits and reads their tiers from here.
   */
  private static final long BUILT_IN_NO_IMPL_NEEDED =
      1L << 8 | 1L << 9 | 1L << 14 | 1L << 17 | 1L << 23;

  /**
   * The built-in catalog's implementation-required mask, as a constant: the gate reads it for a
   * consistent registry without loading this class (docs/performance.md).
   */
  static final long BUILT_IN_IMPLEMENTATION_REQUIRED = ~(BUILT_IN_STATE | BUILT_IN_NO_IMPL_NEEDED);

  /** The bits the built-in catalog names: a registry overriding one of them disagrees with it. */
  static final long BUILT_IN_NAMED = (1L << 13) - 1 /* bits 0..12 */ | 1L << 14 | 1L << 16 | 1L << 17 | 1L << 18 | 1L << 23;

  // The built-in definitions are created when asked for, not at class initialisation: a guest that
  // boots never asks for one, so neither BitDefinition nor Tier is loaded on its boot path
  // (docs/performance.md). They are not kept: a definition is a small value, asked for on a
  // guest's way to stop or by tools, and a cache would be state shared by every caller.
  private static final Catalog BUILT_IN = new Catalog(null, BUILT_IN_IMPLEMENTATION_REQUIRED);

  /**
   * The overridden bits' definitions, a null slot a built-in bit; null for the built-in catalog,
   * whose class initialisation then creates no array of BitDefinition (which would load the class).
   */
  private final BitDefinition[] overrides;
  /** The bits whose tier needs an implementation, kept so a decision reads it without a loop. */
  private final long implementationRequired;

  Catalog(BitDefinition[] overrides, long implementationRequired) {
    this.overrides = overrides;
    this.implementationRequired = implementationRequired;
  }

  /** The catalog shipped with snpgate. */
  public static Catalog builtIn() {
    return BUILT_IN;
  }

  /** What this catalog says about {@code bit}. */
  public BitDefinition definition(int bit) {
    SevStatus.checkBit(bit);
    BitDefinition override = overrides == null ? null : overrides[bit];
    return override == null ? builtInDefinition(bit) : override;
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
    for (int bit = 0; bit < BITS; bit++) {
      BitDefinition definition = definition(bit);
      if (definition.isNamed() && equalsIgnoringAsciiCase(definition.name(), name)) {
        return bit;
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
    return implementationRequired;
  }

  /**
   * A catalog that also defines {@code override.bit()}, which this catalog must hold as reserved.
   *
   * @throws IllegalArgumentException if this catalog defines the bit already, or the override
   *     has no name or declares the bit to be state
   */
  public Catalog withOverride(BitDefinition override) {
    BitDefinition current = definition(override.bit());
    if (current.tier() != Tier.RESERVED || current.isNamed()) {
      throw new IllegalArgumentException(
          "bit " + override.bit() + " is already defined by the catalog as " + current.displayName()
              + " (" + current.tier() + "); an override may only define a reserved bit");
    }
    if (!override.isNamed() || override.tier() == Tier.STATE) {
      throw new IllegalArgumentException(
          "an override of bit " + override.bit() + " needs a name and a feature tier");
    }
    BitDefinition[] withThisOne = overrides == null ? new BitDefinition[BITS] : overrides.clone();
    withThisOne[override.bit()] = override;
    // The bit was reserved, so it is in the mask already: only a NO_IMPL_NEEDED override changes it.
    return new Catalog(withThisOne, override.tier().needsImplementation()
        ? implementationRequired
        : implementationRequired & ~(1L << override.bit()));
  }

  /**
   * The built-in catalog's data, from the AMD APM vol. 2 (SEV_STATUS MSR) and Linux 7.1
   * ({@code sev_status_feat_names}). Plain code, not a resource: the gate runs at boot, where reading
   * and parsing a file would cost start-up time; and here, not in a class of its own, since each
   * class the boot path loads costs start-up time too. Each bit's tier comes from the two masks
   * above, which the implementation-required mask is computed from as well: one source for both.
   */
  private static BitDefinition builtInDefinition(int bit) {
    switch (bit) {
      case 0: return builtIn(0, "SEV", "SEV enabled");
      case 1: return builtIn(1, "SEV-ES", "SEV-ES enabled");
      case 2: return builtIn(2, "SEV-SNP", "SEV-SNP enabled");
      case 3: return builtIn(3, "vTom", "Virtual TOM");
      case 4: return builtIn(4, "ReflectVC", "Reflect #VC");
      case 5: return builtIn(5, "RI", "Restricted Injection");
      case 6: return builtIn(6, "AI", "Alternate Injection");
      case 7: return builtIn(7, "DebugSwap", "Debug register virtualization (DebugSwap)");
      case 8: return builtIn(8, "NoHostIBS", "Prevent host IBS");
      case 9: return builtIn(9, "BTBIsol", "BTB isolation");
      case 10: return builtIn(10, "VmplSSS", "VMPL supervisor shadow stack");
      case 11: return builtIn(11, "SecureTSC", "Secure TSC");
      case 12: return builtIn(12, "VMGExitParam", "VMGEXIT parameter");
      case 14: return builtIn(14, "IBSVirt", "IBS virtualization");
      case 16: return builtIn(16, "VMSARegProt", "VMSA register protection");
      case 17: return builtIn(17, "SMTProt", "SMT protection");
      case 18: return builtIn(18, "SecureAVIC", "Secure AVIC");
      case 23: return builtIn(23, "IBPBOnEntry", "IBPB on entry");
      default: return new BitDefinition(bit, "", "(reserved)", Tier.RESERVED, "");
    }
  }

  /** A named built-in bit, its tier read from the built-in masks. */
  private static BitDefinition builtIn(int bit, String name, String longName) {
    long mask = 1L << bit;
    Tier tier = (BUILT_IN_STATE & mask) != 0 ? Tier.STATE
        : (BUILT_IN_NO_IMPL_NEEDED & mask) != 0 ? Tier.NO_IMPL_NEEDED
        : Tier.IMPL_REQUIRED;
    return new BitDefinition(bit, name, longName, tier, "");
  }
}
