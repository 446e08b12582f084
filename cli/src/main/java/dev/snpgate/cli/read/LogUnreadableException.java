package dev.snpgate.cli.read;

/** Why the kernel log gave no SEV status line, in words. */
final class LogUnreadableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LogUnreadableException(String message) {
    super(message, null, false, false);
  }
}
