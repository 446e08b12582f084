package dev.snpgate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of {@code snpgate.jar}. Every failure ends in a message and an exit status, never
 * a stack trace: bad input and usage exit 2 naming the input, anything unexpected exits 1 saying it
 * is a bug.
 */
public final class SnpGateCli {

  private SnpGateCli() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line and returns its exit status; the tests run it in-process too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(commandLine(), args, out, err);
  }

  /** Runs {@code args} on {@code commandLine} with snpgate's handling of every failure. */
  static int run(CommandLine commandLine, String[] args, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(usageError(args));
    commandLine.setExecutionExceptionHandler(failure(args));
    int status;
    try {
      status = commandLine.execute(args);
    } catch (Throwable unexpected) {
      // Errors (OutOfMemoryError, StackOverflowError) pass picocli's handlers: still one line, no trace.
      status = Replies.error("snpgate", ExitStatus.INTERNAL_ERROR, bug(unexpected), containsJson(args), out, err);
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The command tree, also what the man page and completion generators read. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SnpGateCommand());
    commandLine.setExitCodeExceptionMapper(exception -> ExitStatus.INTERNAL_ERROR);
    return commandLine;
  }

  private static IParameterExceptionHandler usageError(String[] args) {
    return (ParameterException exception, String[] ignored) -> {
      CommandLine failed = exception.getCommandLine();
      String command = failed.getCommandSpec().qualifiedName();
      boolean json = containsJson(args);
      Replies.error(command, ExitStatus.BAD_INPUT, exception.getMessage(), json, failed.getOut(), failed.getErr());
      failed.getErr().println("Try '" + command + " --help' for the usage.");
      failed.getErr().flush();
      return ExitStatus.BAD_INPUT;
    };
  }

  private static IExecutionExceptionHandler failure(String[] args) {
    return (Exception exception, CommandLine failed, ParseResult parsed) -> {
      String command = failed.getCommandSpec().qualifiedName();
      boolean json = containsJson(args);
      if (exception instanceof BadInputException) {
        return Replies.error(command, ExitStatus.BAD_INPUT, exception.getMessage(), json, failed.getOut(),
            failed.getErr());
      }
      return Replies.error(command, ExitStatus.INTERNAL_ERROR, bug(exception), json, failed.getOut(), failed.getErr());
    };
  }

  private static String bug(Throwable unexpected) {
    return "internal error, a bug in snpgate: " + unexpected.getClass().getName()
        + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage());
  }

  /** Whether {@code --json} was given, also when the command line did not parse. */
  private static boolean containsJson(String[] args) {
    for (String arg : args) {
      if (arg.equals("--json")) {
        return true;
      }
      if (arg.equals("--")) {
        return false;
      }
    }
    return false;
  }
}
