package dev.snpgate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Regenerate after an intended change of
 * output with {@code mvn -pl processor -am test -Dsnpgate.updateGolden=true}, then review the diff.
 */
final class Golden {

  static final String REGENERATE = "mvn -pl processor -am test -Dsnpgate.updateGolden=true";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = Path.of(System.getProperty("snpgate.goldenDir", "src/test/resources/golden")).resolve(name);
    try {
      if (Boolean.getBoolean("snpgate.updateGolden")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + name + "; create it with: " + REGENERATE);
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          name + " differs from its golden file; if the change is intended, run: " + REGENERATE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
