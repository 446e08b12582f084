package dev.snpgate.baseline.reviewed;

/**
 * One result of checking a checked-in file: an error (drift, a missing or unreadable file) or a
 * note, and the bit it is about, if any, so the processor can point at the class behind it.
 *
 * @param error whether the build must fail
 * @param bit the SEV_STATUS bit the finding is about, or -1
 * @param message the complete message
 */
public record Finding(boolean error, int bit, String message) {

  public static Finding error(String message) {
    return new Finding(true, -1, message);
  }

  public static Finding note(String message) {
    return new Finding(false, -1, message);
  }
}
