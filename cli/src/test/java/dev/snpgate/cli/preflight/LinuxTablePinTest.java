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
 * The Linux table embedded in the CLI is the project's fact sheet, byte for byte:
 * {@code ../shared/linux-guest-masks.tsv} beside the clone. CI always has it there; a clone
 * without it skips this test, saying why, and fails it under CI.
 */
class LinuxTablePinTest {

  @Test
  void embeddedTableIsTheSharedFactSheet() throws IOException {
    Path shared = Path.of(System.getProperty("snpgate.sharedDir", "../../shared")).normalize();
    Path sheet = shared.resolve(LinuxTable.RESOURCE);
    if (!Files.isRegularFile(sheet)) {
      boolean ci = "true".equals(System.getenv("CI"));
      assertTrue(!ci, "CI has ../shared beside the clone, but " + sheet.toAbsolutePath() + " is missing");
      String reason = "skipped: " + sheet.toAbsolutePath() + " is absent (a clone without ../shared);"
          + " CI runs this check";
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
