package dev.snpgate.cli;

/** Input the command cannot use; exits {@link ExitStatus#BAD_INPUT} with the message, no trace. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message, null, false, false);
  }
}
