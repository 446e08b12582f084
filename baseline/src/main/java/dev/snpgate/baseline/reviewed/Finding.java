package dev.snpgate.baseline.reviewed;

/**
 * One result of checking a reviewed file: an error (drift, a missing or unreadable file), a warning
 * (a change the build is set not to fail on) or a note, and the bit it is about, if any, so the
 * processor can point at the class behind it.
 *
 * @param level whether the build fails, warns or only informs
 * @param bit the SEV_STATUS bit the finding is about, or -1
 * @param message the complete message
 */
public record Finding(Level level, int bit, String message) {

  /** How much a finding weighs. */
  public enum Level { ERROR, WARNING, NOTE }

  public static Finding error(String message) {
    return new Finding(Level.ERROR, -1, message);
  }

  public static Finding note(String message) {
    return new Finding(Level.NOTE, -1, message);
  }

  /** Whether the build must fail. */
  public boolean error() {
    return level == Level.ERROR;
  }
}
