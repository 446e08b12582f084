package dev.snpgate.runtime;

/**
 * Text to {@link SevStatus}: the parsing behind {@link SevStatus#parse} and {@link
 * SevStatus#parseSevFeatures}. A class of its own so that a guest that builds its reading with
 * {@link SevStatus#of} at boot never loads it: the JVM loads every exception class a method
 * catches or throws when it verifies the class, and SevStatusFormatException and
 * NumberFormatException (not in the JDK's shared archive) would each cost start-up time.
 */
final class SevStatusParsing {

  private SevStatusParsing() {}

  static SevStatus parseStatus(String text) {
    return SevStatus.of(parseUnsigned(text, "SEV_STATUS", "a reading"));
  }

  static SevStatus parseSevFeatures(String text) {
    long features = parseUnsigned(text, "SEV_FEATURES", "a value a hypervisor programs");
    try {
      return SevStatus.ofSevFeatures(features);
    } catch (IllegalArgumentException beyond) {
      throw new SevStatusFormatException("a SEV_FEATURES value", text, beyond.getMessage(),
          SevStatusFormatException.NUMBER_HINT);
    }
  }

  /**
   * An unsigned 64-bit number as {@link SevStatus#parse} takes it.
   *
   * @param field the register, as messages name it
   * @param negativeIsNot what a negative value cannot be: {@code a reading}
   */
  static long parseUnsigned(String text, String field, String negativeIsNot) {
    String what = "a " + field + " value";
    String hint = SevStatusFormatException.NUMBER_HINT;
    if (text == null) {
      throw new SevStatusFormatException(what, "null", "no value given", hint);
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new SevStatusFormatException(what, text, "the value is empty", hint);
    }
    if (trimmed.startsWith("-")) {
      throw new SevStatusFormatException(what, text, field + " is unsigned; a negative value is not "
          + negativeIsNot, hint);
    }
    boolean hex = trimmed.startsWith("0x") || trimmed.startsWith("0X");
    String digits = hex ? trimmed.substring(2) : trimmed;
    int radix = hex ? 16 : 10;
    if (digits.isEmpty()) {
      throw new SevStatusFormatException(what, text, "no hex digits after 0x", hint);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 0x7f) {
        throw new SevStatusFormatException(what, text, "'" + digits.charAt(i) + "' is not a "
            + (hex ? "hex" : "decimal") + " digit", hint);
      }
    }
    try {
      return Long.parseUnsignedLong(digits, radix);
    } catch (NumberFormatException tooWide) {
      throw new SevStatusFormatException(what, text, "wider than 64 bits (the largest 64-bit value is "
          + "0xffffffffffffffff = 18446744073709551615)", hint);
    }
  }
}
