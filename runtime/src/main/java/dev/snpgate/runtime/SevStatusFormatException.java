package dev.snpgate.runtime;

/** A text that is not a SEV_STATUS reading; the message names the input and the problem. */
public final class SevStatusFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;

  SevStatusFormatException(String input, String problem) {
    super("not a SEV_STATUS value: \"" + input + "\": " + problem
        + "; give 0x followed by up to 16 hex digits, or a decimal number");
    this.input = input;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }
}
