package dev.snpgate.runtime;

/**
 * How the gate names what a registry or a feature threw: the exception's simple class name and its
 * message, never a stack trace or a cause.
 *
 * <p>The gate catches every {@link Throwable} a registry or a feature implementation throws except
 * a {@link VirtualMachineError}. Everything else (a {@link RuntimeException}; a {@link LinkageError}
 * such as {@link NoClassDefFoundError} or {@link ExceptionInInitializerError}, what a registry or
 * a feature compiled against another snpgate runtime throws; an {@link AssertionError}; a checked
 * exception thrown sneakily) means only "this did not work", which the gate turns into a named
 * problem or a termination, so the guest never goes on half enabled. A VirtualMachineError
 * ({@link OutOfMemoryError}, {@link StackOverflowError}, {@link InternalError}) means the JVM itself
 * can no longer be trusted to build a decision and send it: it propagates, and the guest dies as
 * it would anyway.
 */
final class Failures {

  private Failures() {}

  /**
   * {@code IllegalStateException: message}, or the class name alone when there is no message.
   *
   * @throws VirtualMachineError {@code failure} itself, when it is one
   */
  static String describe(Throwable failure) {
    if (failure instanceof VirtualMachineError) {
      throw (VirtualMachineError) failure;
    }
    String name = failure.getClass().getSimpleName();
    if (name.isEmpty()) {
      name = failure.getClass().getName();
    }
    String message;
    try {
      message = failure.getMessage();
    } catch (RuntimeException unreadable) {
      message = null;
    }
    return message == null ? name : name + ": " + message;
  }
}
