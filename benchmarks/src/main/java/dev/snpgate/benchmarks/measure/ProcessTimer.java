package dev.snpgate.benchmarks.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs one command as a process and times it from start to exit, wall clock. */
final class ProcessTimer {

  /** The JVM running the harness: every timed java and javac comes from the same JDK. */
  static final String JAVA_HOME = System.getProperty("java.home");

  private ProcessTimer() {}

  /** What one run printed and how long it took. */
  static final class Run {
    final double millis;
    final String output;

    Run(double millis, String output) {
      this.millis = millis;
      this.output = output;
    }
  }

  /**
   * Runs {@code command} with standard error merged into its output and returns the wall time;
   * fails on a non-zero exit, so a broken contender never passes for a fast one.
   */
  static Run time(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - start;
    String text = new String(output, StandardCharsets.UTF_8);
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ":\n" + text);
    }
    return new Run(elapsed / 1e6, text);
  }
}
