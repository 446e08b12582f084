package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kernel's {@code SEV: Status:} line, as Linux's sev_show_status() prints it, read back. */
class KernelStatusLineTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC                     | 0x0000000000000887",
      // dmesg's timestamp, and the trailing space pr_cont leaves
      "[    0.470213] SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC      | 0x0000000000000887",
      "Nov 28 12:00:01 guest kernel: SEV: Status: SEV SEV-ES SEV-SNP IBPBOnEntry | 0x0000000000800007",
      "SEV: Status: SEV                                                        | 0x0000000000000001",
      "SEV: Status:                                                            | 0x0000000000000000",
      "SEV: Status: SEV-SNP reserved-bit-13 reserved-bit-45 reserved-bit-63    | 0x8000200000002004",
      // reserved-bit-N always names bit N, also one a newer catalog has named since
      "SEV: Status: SEV reserved-bit-23                                        | 0x0000000000800001",
      "SEV: Status: sev sev-es sev-snp securetsc                                | 0x0000000000000807",
      "SEV: Status: SEV\tSEV-ES  SEV-SNP                                       | 0x0000000000000007",
  })
  void parsesTheNamesAfterTheMarker(String line, String expected) {
    assertTrue(KernelStatusLine.isStatusLine(line));
    assertEquals(expected, KernelStatusLine.parse(line).hex());
  }

  @Test
  void everyBitRoundTripsThroughItsName() {
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      SevStatus status = SevStatus.of(1L << bit);
      assertEquals(status, KernelStatusLine.parse("SEV: Status: " + status.names()), "bit " + bit);
    }
    SevStatus all = SevStatus.of(-1L);
    assertEquals(all, KernelStatusLine.parse(KernelStatusLine.MARKER + " " + all.names()));
  }

  @Test
  void namesComeFromTheGivenCatalog() {
    Catalog withOverride = Catalog.builtIn()
        .withOverride(new BitDefinition(30, "FutureFeat", "Future feature", Tier.NO_IMPL_NEEDED, "APM"));
    assertEquals(SevStatus.of(0x40000004L), KernelStatusLine.parse("SEV: Status: SEV-SNP FutureFeat", withOverride));
    assertThrows(SevStatusFormatException.class, () -> KernelStatusLine.parse("SEV: Status: FutureFeat"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "SEV SEV-ES SEV-SNP                        | no \"SEV: Status:\" in the line",
      "\"\"                                      | no \"SEV: Status:\" in the line",
      "SEV: Status: SEV SecureTsx                | 'SecureTsx' is not the name of a SEV_STATUS bit",
      "SEV: Status: SEV SEV                      | 'SEV' is named twice",
      "SEV: Status: SEV reserved-bit-64          | 'reserved-bit-64' is not the name of a SEV_STATUS bit",
      "SEV: Status: reserved-bit-07              | 'reserved-bit-07' is not the name of a SEV_STATUS bit",
      "SEV: Status: reserved-bit-                | 'reserved-bit-' is not the name of a SEV_STATUS bit",
      "SEV: Status: reserved-bit-1x              | 'reserved-bit-1x' is not the name of a SEV_STATUS bit",
      "SEV: Status: SEV reserved-bit-0           | 'reserved-bit-0' is named twice",
      "SEV: Status: SecureTSC DebugSwap securetsc | 'securetsc' is named twice",
      "SEV: Status: 0x887                        | '0x887' is not the name of a SEV_STATUS bit",
  })
  void rejectsWhatIsNotTheKernelsLineNamingTheInput(String line, String problem) {
    SevStatusFormatException e = assertThrows(SevStatusFormatException.class, () -> KernelStatusLine.parse(line));
    assertTrue(e.getMessage().startsWith("not a kernel SEV status line: \"" + line + "\": " + problem), e.getMessage());
    assertTrue(e.getMessage().endsWith(KernelStatusLine.FORM_HINT), e.getMessage());
    assertEquals(line, e.input());
  }

  @Test
  void nullIsRejected() {
    assertThrows(SevStatusFormatException.class, () -> KernelStatusLine.parse(null));
    assertFalse(KernelStatusLine.isStatusLine(null));
  }

  @Test
  void isStatusLineNeedsTheWholeMarker() {
    assertFalse(KernelStatusLine.isStatusLine("SEV: Statu: SEV"));
    assertFalse(KernelStatusLine.isStatusLine("sev: status: SEV"));
    assertTrue(KernelStatusLine.isStatusLine("x SEV: Status: SEV"));
  }
}
