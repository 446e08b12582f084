package dev.snpgate.baseline;

/** A baseline file that cannot be read: a failure of the file, never drift. */
public final class BaselineFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;

  public BaselineFormatException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
    this.problem = problem;
  }

  /** What is wrong with the line, without its number. */
  public String problem() {
    return problem;
  }

  /** The line of the file at fault, from 1. */
  public int line() {
    return line;
  }
}
