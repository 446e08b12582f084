package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SevStatusTest {

  @ParameterizedTest
  @CsvSource({
      "0x0, 0",
      "0, 0",
      "0x887, 2183",
      "0X887, 2183",
      "2183, 2183",
      "0x0000000000000987, 2439",
      "' 0x7 ', 7",
      "0xffffffffffffffff, -1",
      "18446744073709551615, -1",
      "0x8000000000000000, -9223372036854775808",
      "0x00000000000000000000000000000001, 1",
  })
  void parsesHexAndDecimalAsUnsigned(String text, long expected) {
    assertEquals(expected, SevStatus.parse(text).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                   | the value is empty",
      "\"   \"                | the value is empty",
      "-1                   | SEV_STATUS is unsigned; a negative value is not a reading",
      "0x                   | no hex digits after 0x",
      "0x10000000000000000  | wider than 64 bits",
      "18446744073709551616 | wider than 64 bits",
      "0xfg                 | 'g' is not a hex digit",
      "12a                  | 'a' is not a decimal digit",
      "+5                   | '+' is not a decimal digit",
      "0x1_000              | '_' is not a hex digit",
      "٣                    | '٣' is not a decimal digit",
  })
  void rejectsWhatIsNotAReadingNamingTheInput(String text, String problem) {
    SevStatusFormatException e = assertThrows(SevStatusFormatException.class, () -> SevStatus.parse(text));
    assertTrue(e.getMessage().startsWith("not a SEV_STATUS value: \"" + text + "\": " + problem), e.getMessage());
    assertTrue(e.getMessage().endsWith("give 0x followed by up to 16 hex digits, or a decimal number"));
    assertEquals(text, e.input());
  }

  @Test
  void nullIsRejected() {
    assertThrows(SevStatusFormatException.class, () -> SevStatus.parse(null));
  }

  @Test
  void namesSetBitsInKernelStyle() {
    assertEquals("SEV SEV-ES SEV-SNP DebugSwap SecureTSC", SevStatus.of(0x887).names());
    assertEquals("SEV-SNP reserved-bit-13 reserved-bit-45 reserved-bit-63",
        SevStatus.of(0x4 | 1L << 13 | 1L << 45 | 1L << 63).names());
    assertEquals("", SevStatus.of(0).names());
  }

  @Test
  void sevFeaturesIsTheVmsaView() {
    assertEquals(0x221L, SevStatus.of(0x887).sevFeatures());
    assertEquals(0x3fffffffffffffffL, SevStatus.of(-1L).sevFeatures());
  }

  @Test
  void hexIsSixteenLowercaseDigits() {
    assertEquals("0x0000000000000887", SevStatus.of(0x887).hex());
    assertEquals("0xffffffffffffffff", SevStatus.of(-1L).toString());
  }

  @Test
  void bitQueries() {
    assertTrue(SevStatus.of(0x4).snpActive());
    assertFalse(SevStatus.of(0x3).snpActive());
    assertTrue(SevStatus.of(1L << 63).isSet(63));
    assertThrows(IllegalArgumentException.class, () -> SevStatus.of(0).isSet(64));
  }

  @Test
  void equalityIsByValue() {
    assertEquals(SevStatus.of(5), SevStatus.parse("5"));
    assertEquals(SevStatus.of(5).hashCode(), SevStatus.parse("0x5").hashCode());
    assertFalse(SevStatus.of(5).equals(SevStatus.of(6)));
  }
}
