package dev.snpgate.cli;

/**
 * The exit statuses, those of the example guest: a script tells a host a guest boots on from one it
 * refuses, and both from a command it gave wrongly.
 */
public final class ExitStatus {

  /** The guest boots (SNP inactive included), or the command did what it was asked. */
  public static final int OK = 0;
  /** Never expected: a bug in snpgate, said in one line, never a stack trace. */
  public static final int INTERNAL_ERROR = 1;
  /** Bad input or usage: the message names the input. */
  public static final int BAD_INPUT = 2;
  /** A guest terminates or refuses the host. */
  public static final int REFUSED = 3;
  /**
   * Whether a Linux release boots cannot be told from the table (a stable backport whose first
   * release is not known, a config option not given): the answer names both outcomes.
   */
  public static final int UNDETERMINED = 4;

  private ExitStatus() {}
}
