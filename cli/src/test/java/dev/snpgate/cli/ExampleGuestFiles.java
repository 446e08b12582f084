package dev.snpgate.cli;

import dev.snpgate.examples.guest.SnpGateRegistry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example guest: as the build left it in examples/target (its manifest and its shaded jar,
 * which the process tests run), and as it is on this test class path (its generated registry,
 * and the manifest compiled with that very registry, for the in-process tests that compare them).
 */
public final class ExampleGuestFiles {

  private static final String BUILD_IT = "build the example guest first (mvn verify from the repository root)";

  private ExampleGuestFiles() {}

  /** examples/target/classes/META-INF/snpgate/features.json */
  public static Path manifest() {
    return SnpGateProcess.existing("snpgate.exampleManifest", BUILD_IT);
  }

  /**
   * The manifest of the example guest on the test class path: where its registry class was loaded
   * from, a class directory (the file in it) or a jar (the jar, which snpgate reads as well).
   */
  public static Path classpathManifest() {
    try {
      Path location = Path.of(SnpGateRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location) ? location.resolve("META-INF/snpgate/features.json") : location;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** examples/target/snpgate-example-guest.jar */
  public static Path jar() {
    return SnpGateProcess.existing("snpgate.exampleJar", BUILD_IT);
  }
}
