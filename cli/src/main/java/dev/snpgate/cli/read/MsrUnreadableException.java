package dev.snpgate.cli.read;

/** Why SEV_STATUS could not be read from the MSR device, in words. */
final class MsrUnreadableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MsrUnreadableException(String message) {
    super(message, null, false, false);
  }
}
