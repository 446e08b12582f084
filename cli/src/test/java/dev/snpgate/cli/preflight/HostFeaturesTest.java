package dev.snpgate.cli.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.cli.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The host's SEV features as numbers or names, SNPActive always included. */
class HostFeaturesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0x200000                  | 0x0000000000200001 | 0x0000000000800007",
      "0x200001                  | 0x0000000000200001 | 0x0000000000800007",
      "2097152                   | 0x0000000000200001 | 0x0000000000800007",
      "IBPBOnEntry               | 0x0000000000200001 | 0x0000000000800007",
      "ibpbonentry               | 0x0000000000200001 | 0x0000000000800007",
      "SecureAVIC, IBPBOnEntry   | 0x0000000000210001 | 0x0000000000840007",
      "SEV-SNP                   | 0x0000000000000001 | 0x0000000000000007",
      "reserved-bit-13           | 0x0000000000000801 | 0x0000000000002007",
      "0                         | 0x0000000000000001 | 0x0000000000000007",
  })
  void readsNumbersAndNames(String text, String features, String guestStatus) {
    HostFeatures host = HostFeatures.parse(text);
    assertEquals(features, dev.snpgate.runtime.SevStatus.hex(host.features()));
    assertEquals(guestStatus, host.guestStatus().hex());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "SecureTsx              | 'SecureTsx' is not the name of a SEV feature",
      "SEV                    | SEV (SEV_STATUS bit 0) has no SEV_FEATURES bit",
      "SecureAVIC,            | an empty name in the list",
      "\"\"                   | an empty name in the list",
      "0x4000000000000000     | SEV_FEATURES bit 62 has no SEV_STATUS bit",
      "-1                     | SEV_FEATURES is unsigned",
      "0xg                    | 'g' is not a hex digit",
  })
  void badInputNamesTheProblem(String text, String problem) {
    String message = assertThrows(BadInputException.class, () -> HostFeatures.parse(text)).getMessage();
    assertTrue(message.contains(problem), message);
  }

  @ParameterizedTest
  @CsvSource({
      "0x210001, 0x0000000000800000, 0x0000000000010001",
      "0x210001, 0x0000000000840000, 0x0000000000000001",
  })
  void withoutTurnsOffSevStatusBits(String text, String sevStatusMask, String expected) {
    long mask = Long.parseUnsignedLong(sevStatusMask.substring(2), 16);
    assertEquals(expected, dev.snpgate.runtime.SevStatus.hex(HostFeatures.parse(text).without(mask).features()));
  }
}
