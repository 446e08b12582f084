package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Which runtime classes a booting guest loads, read from {@code -Xlog:class+load} of a JVM of its
 * own (this JVM has loaded every class the tests touch). Each class a boot path loads costs start-up
 * time (docs/performance.md): parsing, bit definitions and tiers are for guests on their way to
 * stop, for tools, and for guests whose registry overrides the catalog.
 */
class BootPathClassesTest {

  @Test
  void aGuestThatBootsWithTheBuiltInCatalogLoadsNoParsingDefinitionsOrTiers() throws Exception {
    List<String> loaded = runtimeClassesLoadedBy(BootProbe.class.getName());
    assertTrue(loaded.contains("dev.snpgate.runtime.Gate"), loaded.toString());
    for (String unwanted : List.of("BitDefinition", "Tier", "SevStatusParsing", "SevStatusFormatException")) {
      assertFalse(loaded.contains("dev.snpgate.runtime." + unwanted), unwanted + " in " + loaded);
    }
  }

  private static List<String> runtimeClassesLoadedBy(String mainClass) throws Exception {
    String classPath = location(Gate.class) + File.pathSeparator + location(BootProbe.class);
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-Xlog:class+load=info", "-cp", classPath, mainClass).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("\nboots"), output);
    List<String> loaded = new ArrayList<>();
    for (String line : output.split("\n")) {
      int start = line.indexOf("dev.snpgate.runtime.");
      if (line.contains("[class,load]") && start >= 0) {
        loaded.add(line.substring(start, line.indexOf(' ', start)));
      }
    }
    return loaded;
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
