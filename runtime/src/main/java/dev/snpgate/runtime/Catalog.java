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

  private static final Catalog BUILT_IN = new Catalog(builtInDefinitions());

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

  /**
   * The built-in catalog's data, from the AMD APM vol. 2 (SEV_STATUS MSR) and Linux 7.1
   * ({@code sev_status_feat_names}). Plain code, not a resource: the gate runs at boot, where reading
   * and parsing a file would cost start-up time; and here, not in a class of its own, since each
   * class the boot path loads costs start-up time too.
   */
  private static BitDefinition[] builtInDefinitions() {
    BitDefinition[] bits = new BitDefinition[BITS];
    bits[0] = defined(0, "SEV", "SEV enabled", Tier.STATE);
    bits[1] = defined(1, "SEV-ES", "SEV-ES enabled", Tier.STATE);
    bits[2] = defined(2, "SEV-SNP", "SEV-SNP enabled", Tier.STATE);
    bits[3] = defined(3, "vTom", "Virtual TOM", Tier.IMPL_REQUIRED);
    bits[4] = defined(4, "ReflectVC", "Reflect #VC", Tier.IMPL_REQUIRED);
    bits[5] = defined(5, "RI", "Restricted Injection", Tier.IMPL_REQUIRED);
    bits[6] = defined(6, "AI", "Alternate Injection", Tier.IMPL_REQUIRED);
    bits[7] = defined(7, "DebugSwap", "Debug register virtualization (DebugSwap)", Tier.IMPL_REQUIRED);
    bits[8] = defined(8, "NoHostIBS", "Prevent host IBS", Tier.NO_IMPL_NEEDED);
    bits[9] = defined(9, "BTBIsol", "BTB isolation", Tier.NO_IMPL_NEEDED);
    bits[10] = defined(10, "VmplSSS", "VMPL supervisor shadow stack", Tier.IMPL_REQUIRED);
    bits[11] = defined(11, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED);
    bits[12] = defined(12, "VMGExitParam", "VMGEXIT parameter", Tier.IMPL_REQUIRED);
    bits[14] = defined(14, "IBSVirt", "IBS virtualization", Tier.NO_IMPL_NEEDED);
    bits[16] = defined(16, "VMSARegProt", "VMSA register protection", Tier.IMPL_REQUIRED);
    bits[17] = defined(17, "SMTProt", "SMT protection", Tier.NO_IMPL_NEEDED);
    bits[18] = defined(18, "SecureAVIC", "Secure AVIC", Tier.IMPL_REQUIRED);
    bits[23] = defined(23, "IBPBOnEntry", "IBPB on entry", Tier.NO_IMPL_NEEDED);
    for (int bit = 0; bit < BITS; bit++) {
      if (bits[bit] == null) {
        bits[bit] = new BitDefinition(bit, "", "(reserved)", Tier.RESERVED, "");
      }
    }
    return bits;
  }

  private static BitDefinition defined(int bit, String name, String longName, Tier tier) {
    return new BitDefinition(bit, name, longName, tier, "");
  }
}
