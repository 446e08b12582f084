package dev.snpgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs snpgate's command line in this JVM: for the tests that run it thousands of times. */
public final class InProcess {

  private InProcess() {}

  public static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SnpGateCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(String.join(" ", args), status, out.toString(), err.toString());
  }
}
