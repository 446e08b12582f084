package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEV_FEATURES, the VMSA field hypervisors program, as the SEV_STATUS a guest then reads. */
class SevFeaturesTest {

  @ParameterizedTest
  @CsvSource({
      // SNPActive (SEV_FEATURES bit 0) is SEV-SNP; an SNP guest also reads SEV and SEV-ES
      "0x1, 0x0000000000000007",
      // IBPBOnEntry is SEV_FEATURES bit 21, SEV_STATUS bit 23
      "0x200001, 0x0000000000800007",
      // SecureAVIC is SEV_FEATURES bit 16, SEV_STATUS bit 18
      "0x10001, 0x0000000000040007",
      // without SNPActive only the shift: nothing says SEV or SEV-ES are on
      "0x200000, 0x0000000000800000",
      "0x0, 0x0000000000000000",
      "0x3fffffffffffffff, 0xffffffffffffffff",
      "0x3ffffffffffffffe, 0xfffffffffffffff8",
  })
  void shiftsByTwo(String features, String status) {
    assertEquals(status, SevStatus.ofSevFeatures(Long.parseUnsignedLong(features.substring(2), 16)).hex());
    assertEquals(status, SevStatus.parseSevFeatures(features).hex());
  }

  @Test
  void roundTripsThroughTheVmsaView() {
    for (int bit = 0; bit < 62; bit++) {
      long features = 1L << bit;
      SevStatus status = SevStatus.ofSevFeatures(features);
      assertEquals(features, status.sevFeatures(), "SEV_FEATURES bit " + bit);
      assertTrue(status.isSet(bit + 2), "SEV_FEATURES bit " + bit);
    }
  }

  @Test
  void bitsThatHaveNoSevStatusBitAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SevStatus.ofSevFeatures(1L << 62));
    assertEquals("SEV_FEATURES bit 62 has no SEV_STATUS bit: SEV_FEATURES bit n is SEV_STATUS bit n+2,"
        + " so SEV_FEATURES has bits 0..61", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SevStatus.ofSevFeatures(-1L));
    assertTrue(e.getMessage().startsWith("SEV_FEATURES bit 62 "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SevStatus.ofSevFeatures(1L << 63));
    assertTrue(e.getMessage().startsWith("SEV_FEATURES bit 63 "), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                   | the value is empty",
      "-1                   | SEV_FEATURES is unsigned; a negative value is not a value a hypervisor programs",
      "0x                   | no hex digits after 0x",
      "0x10000000000000000  | wider than 64 bits",
      "0x4000000000000000   | SEV_FEATURES bit 62 has no SEV_STATUS bit",
      "0xffffffffffffffff   | SEV_FEATURES bit 62 has no SEV_STATUS bit",
      "0xfg                 | 'g' is not a hex digit",
      "12a                  | 'a' is not a decimal digit",
  })
  void rejectsWhatIsNotAValueNamingTheInput(String text, String problem) {
    SevStatusFormatException e = assertThrows(SevStatusFormatException.class, () -> SevStatus.parseSevFeatures(text));
    assertTrue(e.getMessage().startsWith("not a SEV_FEATURES value: \"" + text + "\": " + problem), e.getMessage());
    assertTrue(e.getMessage().endsWith("give 0x followed by up to 16 hex digits, or a decimal number"), e.getMessage());
    assertEquals(text, e.input());
  }

  @Test
  void nullIsRejected() {
    assertThrows(SevStatusFormatException.class, () -> SevStatus.parseSevFeatures(null));
  }
}
