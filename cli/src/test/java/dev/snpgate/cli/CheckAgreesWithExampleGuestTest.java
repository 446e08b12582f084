package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.examples.guest.SnpGateRegistry;
import dev.snpgate.runtime.BootDecision;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code snpgate check} on the example guest's manifest against the example guest itself, its
 * generated registry in the runtime's gate, on 10,000 seeded random statuses: the same decision,
 * masks, message and exit status. In-process, since 10,000 JVMs would take an hour; the
 * process runs of {@code CheckIT} show the jar is this same command line.
 */
class CheckAgreesWithExampleGuestTest {

  private static final long SEED = 0x5e757a7eL;
  private static final int STATUSES = 10_000;

  @Test
  void checkDecidesAsTheGuestDoes() {
    String manifest = ExampleGuestFiles.classpathManifest().toString();
    SplittableRandom random = new SplittableRandom(SEED);
    int[] kinds = new int[3];
    for (int i = 0; i < STATUSES; i++) {
      GateDecision guest = CheckAgreement.assertSameDecision(manifest, SevStatus.of(randomStatus(random)),
          SnpGateRegistry.INSTANCE);
      kinds[guest instanceof Termination ? 0 : guest instanceof BootDecision ? 1 : 2]++;
    }
    // The statuses reach every outcome often, or the agreement says little.
    for (int count : kinds) {
      assertTrue(count > STATUSES / 10, "terminate, boot, snp-inactive: " + kinds[0] + ", " + kinds[1] + ", " + kinds[2]);
    }
  }

  /**
   * Mostly SNP active, with a few of the defined feature bits, sometimes a reserved bit, sometimes
   * all 64 random: a uniform 64-bit value almost always sets a reserved bit and says only "terminate".
   */
  private static long randomStatus(SplittableRandom random) {
    int shape = random.nextInt(10);
    if (shape == 0) {
      return random.nextLong();
    }
    long status = shape == 1 ? random.nextLong() & 0x3 : 0x7;
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      if (Catalog.builtIn().definition(bit).isNamed() && random.nextInt(8) == 0) {
        status |= 1L << bit;
      }
    }
    if (random.nextInt(8) == 0) {
      status |= 1L << (13 + random.nextInt(51));
    }
    return status;
  }
}
