package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and printing round trips on seeded random values; a failure names seed and value. */
class SevStatusPropertyTest {

  private static final int PER_SEED = 50_000;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3L, 42L, 0x5eedL})
  void hexAndDecimalRoundTrip(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < PER_SEED; i++) {
      long value = random.nextLong() >>> random.nextInt(64);
      String context = "seed " + seed + ", value " + Long.toUnsignedString(value);
      SevStatus status = SevStatus.of(value);
      assertEquals(value, SevStatus.parse(status.hex()).value(), context);
      assertEquals(value, SevStatus.parse(Long.toUnsignedString(value)).value(), context);
      assertEquals(value, SevStatus.parse("0x" + Long.toHexString(value).toUpperCase()).value(), context);
      assertEquals(18, status.hex().length(), context);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5L, 77L})
  void namesHaveOneTokenPerSetBitInBitOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < PER_SEED; i++) {
      long value = random.nextLong();
      String names = SevStatus.of(value).names();
      String[] tokens = names.isEmpty() ? new String[0] : names.split(" ");
      assertEquals(Long.bitCount(value), tokens.length, "seed " + seed + ", value " + SevStatus.hex(value));
      int token = 0;
      for (int bit = 0; bit < 64; bit++) {
        if ((value >>> bit & 1) == 1) {
          assertEquals(Catalog.builtIn().definition(bit).displayName(), tokens[token++],
              "seed " + seed + ", value " + SevStatus.hex(value) + ", bit " + bit);
        }
      }
    }
  }
}
