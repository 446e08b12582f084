package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs snpgate as an operator does: the shaded jar, in a JVM of its own, as a process. The build
 * passes the jar's path ({@code snpgate.cliJar}); the *IT tests run after {@code package}.
 */
public final class SnpGateProcess {

  /** The JVM options of the root {@code snpgate} script: a short-lived tool starts faster so. */
  static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  private SnpGateProcess() {}

  public static CliRun run(String... args) {
    return run(Map.of(), null, args);
  }

  /**
   * @param environment variables to set for the process
   * @param stdin what the process reads on standard input, or null for nothing
   */
  public static CliRun run(Map<String, String> environment, String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return exec(command, environment, stdin, String.join(" ", args));
  }

  /** Runs {@code command} and collects what it printed. */
  public static CliRun exec(List<String> command, Map<String, String> environment, String stdin, String label) {
    return exec(command, environment, stdin, label, null);
  }

  /** Runs {@code command} in {@code directory} (null: this process's) and collects what it printed. */
  public static CliRun exec(List<String> command, Map<String, String> environment, String stdin, String label,
      File directory) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      CompletableFuture<String> out = collect(process.getInputStream());
      CompletableFuture<String> err = collect(process.getErrorStream());
      if (stdin != null) {
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      process.getOutputStream().close();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("snpgate " + label + " did not finish in 120 s");
      }
      return new CliRun(label, process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static CompletableFuture<String> collect(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public static Path jar() {
    return existing("snpgate.cliJar", "run `mvn verify` (the jar is built at package)");
  }

  /** A file the build names in a system property, which must exist. */
  public static Path existing(String property, String hint) {
    String value = System.getProperty(property);
    assertTrue(value != null, "system property " + property + " is not set: run the tests through Maven");
    Path path = Path.of(value);
    assertTrue(Files.exists(path), path + " does not exist: " + hint);
    return path;
  }
}
