package dev.snpgate.runtime;

/**
 * One 64-bit reading of the SEV_STATUS MSR (0xC0010131), as an unsigned value.
 *
 * <p>Bit n of SEV_STATUS is bit n-2 of the VMSA's SEV_FEATURES field, which hypervisor tools
 * (KVM, QEMU) speak: {@link #sevFeatures()} gives that view.
 */
public final class SevStatus {

  private static final int MAX_HEX_DIGITS = 16;

  private final long value;

  private SevStatus(long value) {
    this.value = value;
  }

  /** The status whose 64 bits are {@code value}'s. */
  public static SevStatus of(long value) {
    return new SevStatus(value);
  }

  /**
   * Parses {@code 0x}-prefixed hex or plain decimal, as an unsigned 64-bit value: every value from
   * 0 to 0xffffffffffffffff (18446744073709551615). Surrounding whitespace is ignored.
   *
   * @throws SevStatusFormatException naming the input and what is wrong with it
   */
  public static SevStatus parse(String text) {
    return SevStatusParsing.parseStatus(text);
  }

  /**
   * The SEV_STATUS a guest reads when its hypervisor programs the VMSA's SEV_FEATURES field to
   * {@code features}, as hypervisor tools (KVM's SVM_SEV_FEAT_*, QEMU) number it: SEV_FEATURES bit
   * n is SEV_STATUS bit n+2, and with SNPActive (SEV_FEATURES bit 0, SEV_STATUS bit 2) the guest
   * also reads SEV and SEV-ES (bits 0 and 1), which SNP implies.
   *
   * @throws IllegalArgumentException if bit 62 or 63 is set: they have no SEV_STATUS bit
   */
  public static SevStatus ofSevFeatures(long features) {
    for (int bit = Catalog.BITS - 2; bit < Catalog.BITS; bit++) {
      if ((features & (1L << bit)) != 0) {
        throw new IllegalArgumentException(beyondSevStatus(bit));
      }
    }
    long status = features << 2;
    if ((status & (1L << Catalog.SNP_BIT)) != 0) {
      status |= 0x3;
    }
    return of(status);
  }

  /**
   * Parses a SEV_FEATURES value ({@code 0x}-prefixed hex or decimal) as {@link #ofSevFeatures}.
   *
   * @throws SevStatusFormatException naming the input and what is wrong with it, also a value with
   *     bit 62 or 63 set
   */
  public static SevStatus parseSevFeatures(String text) {
    return SevStatusParsing.parseSevFeatures(text);
  }

  private static String beyondSevStatus(int featuresBit) {
    return "SEV_FEATURES bit " + featuresBit + " has no SEV_STATUS bit: SEV_FEATURES bit n is SEV_STATUS"
        + " bit n+2, so SEV_FEATURES has bits 0..61";
  }

  /** The raw 64-bit value. */
  public long value() {
    return value;
  }

  /** Whether {@code bit} (0..63) is set. */
  public boolean isSet(int bit) {
    checkBit(bit);
    return (value & (1L << bit)) != 0;
  }

  /** Whether SEV-SNP is active (bit 2): the only case in which the gate checks anything. */
  public boolean snpActive() {
    return isSet(Catalog.SNP_BIT);
  }

  /** The VMSA SEV_FEATURES view of this status: {@code status >>> 2}. */
  public long sevFeatures() {
    return value >>> 2;
  }

  /** {@code 0x} and 16 lowercase hex digits. */
  public String hex() {
    return hex(value);
  }

  /** {@code 0x} and 16 lowercase hex digits of {@code value}. */
  public static String hex(long value) {
    String digits = Long.toHexString(value);
    StringBuilder out = new StringBuilder(2 + MAX_HEX_DIGITS).append("0x");
    for (int pad = digits.length(); pad < MAX_HEX_DIGITS; pad++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  /**
   * The set bits by name in bit order, space separated, in the style of the kernel's SEV status
   * line ({@code SEV SEV-ES SEV-SNP DebugSwap SecureTSC}); an unnamed bit shows as
   * {@code reserved-bit-45}, never skipped. Empty for 0.
   */
  public String names(Catalog catalog) {
    StringBuilder out = new StringBuilder();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (isSet(bit)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(catalog.definition(bit).displayName());
      }
    }
    return out.toString();
  }

  /** {@link #names(Catalog)} with the built-in catalog. */
  public String names() {
    return names(Catalog.builtIn());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SevStatus && ((SevStatus) other).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The hex form, {@link #hex()}. */
  @Override
  public String toString() {
    return hex();
  }

  static void checkBit(int bit) {
    if (bit < 0 || bit >= Catalog.BITS) {
      throw new IllegalArgumentException("bit " + bit + " is outside SEV_STATUS (0..63)");
    }
  }
}
