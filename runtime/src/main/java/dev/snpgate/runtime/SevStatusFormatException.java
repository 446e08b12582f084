package dev.snpgate.runtime;

/** A text that is not a SEV_STATUS reading; the message names the input and the problem. */
public final class SevStatusFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;

  /** What {@link SevStatus#parse} and {@link SevStatus#parseSevFeatures} accept. */
  static final String NUMBER_HINT = "give 0x followed by up to 16 hex digits, or a decimal number";

  SevStatusFormatException(String input, String problem) {
    this("a SEV_STATUS value", input, problem, NUMBER_HINT);
  }

  /**
   * @param what what the input is not, with its article: {@code a SEV_FEATURES value}
   * @param hint what to give instead
   */
  SevStatusFormatException(String what, String input, String problem, String hint) {
    super("not " + what + ": \"" + input + "\": " + problem + "; " + hint);
    this.input = input;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }
}
