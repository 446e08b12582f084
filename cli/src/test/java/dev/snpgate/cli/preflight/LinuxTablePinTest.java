package dev.snpgate.cli.preflight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Linux table embedded in the CLI is the project's fact sheet, byte for byte: the shared
 * {@code linux-guest-masks.tsv} beside the clone ({@code snpgate.sharedDir}). The project's copy is
 * what the CLI answers from; this test only compares. It compares whenever the shared file is there,
 * and {@code -Dsnpgate.requireShared=true} (which {@code .ci/run} gives) makes a missing one a
 * failure. A clone without it passes, whatever the {@code CI} variable says: hosted CI services set
 * {@code CI=true} on clones that have no shared folder.
 */
class LinuxTablePinTest {

  @Test
  void embeddedTableIsTheSharedFactSheet() throws IOException {
    Path shared = Path.of(System.getProperty("snpgate.sharedDir", "../../shared")).normalize();
    Path sheet = shared.resolve(LinuxTable.RESOURCE);
    if (!Files.isRegularFile(sheet)) {
      boolean required = Boolean.getBoolean("snpgate.requireShared");
      assertTrue(!required, "-Dsnpgate.requireShared=true, but " + sheet.toAbsolutePath() + " is missing");
      String reason = "skipped: " + sheet.toAbsolutePath() + " is absent (a clone without the shared folder);"
          + " -Dsnpgate.requireShared=true makes this a failure";
      System.out.println("LinuxTablePinTest " + reason);
      Assumptions.abort(reason);
    }
    byte[] embedded;
    try (InputStream in = LinuxTable.class.getResourceAsStream(LinuxTable.RESOURCE)) {
      embedded = in.readAllBytes();
    }
    assertArrayEquals(Files.readAllBytes(sheet), embedded,
        "cli/src/main/resources/dev/snpgate/cli/preflight/" + LinuxTable.RESOURCE + " differs from " + sheet
            + ": copy the fact sheet over it");
  }
}
