package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The boot path's class budget (issue 20, docs/performance.md): which runtime classes a guest with
 * a consistent registry loads when it boots, read from {@code -Xlog:class+load} of a JVM of its own
 * (this JVM has loaded every class the tests touch). Each class costs start-up time: found, defined,
 * verified and run once in the interpreter. A booting guest loads only what the API puts in its
 * hands, with or without catalog overrides:
 *
 * <ol>
 *   <li>{@code SevStatus}: the reading the guest passes in;
 *   <li>{@code FeatureRegistry}: the interface its generated registry implements;
 *   <li>{@code GuestFeature}: the interface its feature classes implement;
 *   <li>{@code Gate}: the call;
 *   <li>{@code GateDecision}: what the call returns, and {@code boots()}, which the guest branches on;
 *   <li>{@code BootDecision}: the decision itself (SEV-SNP active and nothing refused).
 * </ol>
 *
 * <p>No catalog, descriptor, check or definition class: they only explain a refusal or a problem,
 * or name features for a log line the guest asks for, and are loaded then.
 */
class BootPathClassesTest {

  private static final List<String> BUDGET = List.of("BootDecision", "FeatureRegistry", "Gate", "GateDecision",
      "GuestFeature", "SevStatus");

  @Test
  void aGuestThatBootsLoadsOnlyTheClassesOfTheBudget() throws Exception {
    assertEquals(BUDGET, runtimeClassesLoadedBy(BootProbe.class.getName()));
  }

  @Test
  void aGuestWithCatalogOverridesThatBootsLoadsOnlyTheClassesOfTheBudget() throws Exception {
    assertEquals(BUDGET, runtimeClassesLoadedBy(BootProbe.WithOverrides.class.getName()));
  }

  @Test
  void aGuestWithRequiredFeaturesThatBootsLoadsOnlyTheClassesOfTheBudget() throws Exception {
    assertEquals(BUDGET, runtimeClassesLoadedBy(BootProbe.WithRequired.class.getName()));
  }

  /** The runtime's classes {@code mainClass} loads, by simple name, the probe's own left out. */
  private static List<String> runtimeClassesLoadedBy(String mainClass) throws Exception {
    String classPath = location(Gate.class) + File.pathSeparator + location(BootProbe.class);
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-Xlog:class+load=info", "-cp", classPath, mainClass).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("\nboots"), output);
    String prefix = "dev.snpgate.runtime.";
    TreeSet<String> loaded = new TreeSet<>();
    for (String line : output.split("\n")) {
      int start = line.indexOf(prefix);
      if (line.contains("[class,load]") && start >= 0) {
        String name = line.substring(start + prefix.length(), line.indexOf(' ', start));
        if (!name.startsWith("BootProbe")) {
          loaded.add(name);
        }
      }
    }
    return new ArrayList<>(loaded);
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
