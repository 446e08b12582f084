package dev.snpgate.runtime;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate against the formula on 1,000,000 seeded random statuses (five seeds of 200,000), each
 * against a random guest. A failure names the seed and the iteration that reproduce it.
 */
class GatePropertyTest {

  private static final int PER_SEED = 200_000;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 0x5e5L, 20261127L, -7L, 0xdeadbeefL})
  void gateAgreesWithTheFormula(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < PER_SEED; i++) {
      int[] present = randomFeatureBits(random);
      TestRegistry guest = new TestRegistry(present);
      long status = randomStatus(random);
      GateTest.assertAgreesWithFormula(status, guest,
          "seed " + seed + ", iteration " + i + ": status " + SevStatus.hex(status) + ", PRESENT " + SevStatus.hex(guest.present()));
    }
  }

  /** Mostly realistic statuses (low 24 bits, SNP half the time), sometimes any 64 bits. */
  static long randomStatus(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextLong();
      case 1:
        return random.nextLong() & 0xffffffL;
      case 2:
        return (random.nextLong() & 0xffffffL) | 0x4L;
      default:
        return 0x7L | 1L << (3 + random.nextInt(61));
    }
  }

  /** A random set of distinct feature bits 3..63, in increasing order. */
  static int[] randomFeatureBits(SplittableRandom random) {
    long mask = random.nextLong() & random.nextLong() & ~0x7L;
    int[] bits = new int[Long.bitCount(mask)];
    int next = 0;
    for (int bit = 3; bit < 64; bit++) {
      if ((mask >>> bit & 1) == 1) {
        bits[next++] = bit;
      }
    }
    return bits;
  }
}
