package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing and printing round trips on seeded random values, and the status line against facts
 * independent of the code under test: the bit document (sev-status-bits.tsv) and hand-written
 * lines. A failure names seed and value.
 */
class SevStatusPropertyTest {

  private static final int PER_SEED = 50_000;
  private static final CatalogDocument DOCUMENT = CatalogDocument.load();

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

  /**
   * The kernel-style token the bit document gives {@code bit}: its name, or {@code reserved-bit-N}
   * (DESIGN rule 5) for a bit the document leaves unnamed or does not list (24..63).
   */
  private static String documentedToken(int bit) {
    String[] row = DOCUMENT.row(bit);
    return row == null || row[1].isEmpty() ? "reserved-bit-" + bit : row[1];
  }

  @Test
  void everyBitAloneIsNamedAsTheBitDocumentNamesIt() {
    for (int bit = 0; bit < 64; bit++) {
      assertEquals(documentedToken(bit), SevStatus.of(1L << bit).names(), "bit " + bit);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0x0                | ''",
      "0x887              | SEV SEV-ES SEV-SNP DebugSwap SecureTSC",
      "0x987              | SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC",
      "0x40007            | SEV SEV-ES SEV-SNP SecureAVIC",
      "0x200002017        | SEV SEV-ES SEV-SNP ReflectVC reserved-bit-13 reserved-bit-33",
      "0x8000000000800004 | SEV-SNP IBPBOnEntry reserved-bit-63",
      "0xffffff           | SEV SEV-ES SEV-SNP vTom ReflectVC RI AI DebugSwap NoHostIBS BTBIsol VmplSSS SecureTSC"
          + " VMGExitParam reserved-bit-13 IBSVirt reserved-bit-15 VMSARegProt SMTProt SecureAVIC reserved-bit-19"
          + " reserved-bit-20 reserved-bit-21 reserved-bit-22 IBPBOnEntry",
  })
  void handWrittenStatusLines(String status, String expected) {
    assertEquals(expected, SevStatus.parse(status).names());
  }

  @Test
  void namesComeFromTheCatalogGiven() {
    Catalog catalog = Catalog.builtIn()
        .withOverride(new BitDefinition(30, "NewThing", "New thing", Tier.IMPL_REQUIRED, "APM 3.42"));
    assertEquals("SEV-SNP NewThing reserved-bit-31", SevStatus.of(0x4L | 1L << 30 | 1L << 31).names(catalog));
    assertEquals("SEV-SNP reserved-bit-30 reserved-bit-31", SevStatus.of(0x4L | 1L << 30 | 1L << 31).names());
  }

  /** Random values against the bit document (not the catalog under test), token by token. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5L, 77L})
  void namesOfRandomValuesAreTheDocumentsTokensOfTheirSetBitsInBitOrder(long seed) {
    String[] tokens = new String[64];
    for (int bit = 0; bit < 64; bit++) {
      tokens[bit] = documentedToken(bit);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < PER_SEED; i++) {
      long value = random.nextLong() >>> random.nextInt(64);
      StringBuilder expected = new StringBuilder();
      for (int bit = 0; bit < 64; bit++) {
        if ((value >>> bit & 1) == 1) {
          expected.append(expected.length() == 0 ? "" : " ").append(tokens[bit]);
        }
      }
      assertEquals(expected.toString(), SevStatus.of(value).names(), "seed " + seed + ", value " + SevStatus.hex(value));
    }
  }
}
