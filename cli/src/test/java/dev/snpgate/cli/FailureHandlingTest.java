package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A failure nobody expected still ends in one line and exit 1, never a stack trace. */
class FailureHandlingTest {

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @CommandLine.Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      throw new IllegalStateException("the unexpected");
    }
  }

  /** What a heap exhausted by a hostile input looks like to the command line. */
  @Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private static String[] run(String... args) {
    CommandLine commandLine = SnpGateCli.commandLine().addSubcommand(new Boom()).addSubcommand(new Exhaust());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SnpGateCli.run(commandLine, args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  @Test
  void anUnexpectedExceptionIsOneLineSayingItIsABug() {
    String[] run = run("boom");
    assertEquals("1", run[0]);
    assertEquals("", run[1]);
    assertEquals("snpgate boom: internal error, a bug in snpgate: java.lang.IllegalStateException: the unexpected\n",
        run[2]);
    assertFalse(run[2].contains("\tat "));
  }

  @Test
  void withJsonItIsAlsoOneJsonObject() {
    String[] run = run("boom", "--json");
    assertEquals("1", run[0]);
    assertEquals("{\n  \"command\" : \"boom\",\n  \"exitStatus\" : 1,\n  \"error\" : \"internal error, a bug in snpgate:"
        + " java.lang.IllegalStateException: the unexpected\"\n}\n", run[1]);
  }

  @Test
  void anErrorIsOneLineToo() {
    String[] run = run("exhaust");
    assertEquals("1", run[0]);
    assertEquals("", run[1]);
    assertEquals("snpgate: internal error, a bug in snpgate: java.lang.OutOfMemoryError: Java heap space\n", run[2]);
  }
}
