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
    if (text == null) {
      throw new SevStatusFormatException("null", "no value given");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new SevStatusFormatException(text, "the value is empty");
    }
    if (trimmed.startsWith("-")) {
      throw new SevStatusFormatException(text, "SEV_STATUS is unsigned; a negative value is not a reading");
    }
    boolean hex = trimmed.startsWith("0x") || trimmed.startsWith("0X");
    String digits = hex ? trimmed.substring(2) : trimmed;
    int radix = hex ? 16 : 10;
    if (digits.isEmpty()) {
      throw new SevStatusFormatException(text, "no hex digits after 0x");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 0x7f) {
        throw new SevStatusFormatException(text, "'" + digits.charAt(i) + "' is not a "
            + (hex ? "hex" : "decimal") + " digit");
      }
    }
    try {
      return of(Long.parseUnsignedLong(digits, radix));
    } catch (NumberFormatException tooWide) {
      throw new SevStatusFormatException(text, "wider than 64 bits (the largest reading is "
          + "0xffffffffffffffff = 18446744073709551615)");
    }
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
