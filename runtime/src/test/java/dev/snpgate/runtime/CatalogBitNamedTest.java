package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking a bit up by the name the kernel, snpgate and operators give it. */
class CatalogBitNamedTest {

  @Test
  void everyDisplayNameNamesItsBit() {
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      assertEquals(bit, Catalog.builtIn().bitNamed(Catalog.builtIn().definition(bit).displayName()), "bit " + bit);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "SecureTSC, 11",
      "secureavic, 18",
      "reserved-bit-9, 9",
      "reserved-bit-19, 19",
      "reserved-bit-10, 10",
      "reserved-bit-/, -1",
      "reserved-bit-:, -1",
      "securetsc, 11",
      "SECURETSC, 11",
      "sev-snp, 2",
      "IBPBOnEntry, 23",
      "reserved-bit-13, 13",
      "reserved-bit-0, 0",
      "reserved-bit-63, 63",
      "reserved-bit-23, 23",
      "RESERVED-BIT-45, 45",
      "reserved-bit-64, -1",
      "reserved-bit--1, -1",
      "reserved-bit-007, -1",
      "reserved-bit-01, -1",
      "reserved-bit-, -1",
      "reserved-bit-1a, -1",
      "reserved-bit-٣, -1",
      "SecureTsx, -1",
      "'', -1",
      "' SEV', -1",
      "ſev-snp, -1",
      "reſerved-bit-4, -1",
  })
  void findsTheBitOfAName(String name, int expected) {
    assertEquals(expected, Catalog.builtIn().bitNamed(name));
  }

  @Test
  void nullNamesNoBit() {
    assertEquals(-1, Catalog.builtIn().bitNamed(null));
  }

  @Test
  void anOverridesNameNamesItsBit() {
    Catalog catalog = Catalog.builtIn()
        .withOverride(new BitDefinition(30, "FutureFeat", "Future feature", Tier.NO_IMPL_NEEDED, "APM"))
        .withOverride(new BitDefinition(31, "AZaz", "Letters at both ends", Tier.NO_IMPL_NEEDED, "APM"));
    assertEquals(30, catalog.bitNamed("FutureFeat"));
    assertEquals(31, catalog.bitNamed("azAZ"));
    assertEquals(30, catalog.bitNamed("reserved-bit-30"));
    assertEquals(-1, Catalog.builtIn().bitNamed("FutureFeat"));
  }
}
