package dev.snpgate.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineFormatTest {

  private static final String VALID = String.join("\n",
      "# comment",
      "IMPL_REQ 0xffffffffff7dbcf8",
      "PRESENT  0x0000000000000880",
      "bit 7 DebugSwap IMPL_REQUIRED present dev.x.DebugSwap",
      "bit 8 NoHostIBS NO_IMPL_NEEDED absent -",
      "bit 11 SecureTSC IMPL_REQUIRED present dev.x.SecureTsc",
      "");

  @Test
  void writeThenParseIsTheSameBaseline() {
    Baseline baseline = BaselineFormat.parse(VALID);
    assertEquals(baseline, BaselineFormat.parse(BaselineFormat.write("g", baseline)));
    assertEquals(0x880L, baseline.present());
    assertEquals("dev.x.SecureTsc", baseline.implementationOf(11));
    assertEquals("", baseline.implementationOf(8));
    assertEquals("reserved-bit-45", baseline.nameOf(45));
  }

  @Test
  void orderSpacingCommentsAndLineEndingsDoNotMatter() {
    String shuffled = String.join("\r\n",
        "   bit   11 SecureTSC  IMPL_REQUIRED present   dev.x.SecureTsc",
        "",
        "PRESENT 0x0000000000000880",
        "bit 8 NoHostIBS NO_IMPL_NEEDED absent -",
        "# another comment",
        "bit 7 DebugSwap IMPL_REQUIRED present dev.x.DebugSwap",
        "IMPL_REQ 0xFFFFFFFFFF7DBCF8");
    assertEquals(BaselineFormat.parse(VALID), BaselineFormat.parse(shuffled));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', value = {
      "3 ~ MASKS x                                    ~ line 3: 'MASKS' is not IMPL_REQ, PRESENT, REQUIRED or bit",
      "3 ~ IMPL_REQ 0x0000000000000001                           ~ line 3: a second IMPL_REQ line",
      "3 ~ PRESENT 0x0000000000000001                             ~ line 3: a second PRESENT line",
      "3 ~ REQUIRED 0x00000000000000004                           ~ line 3: '0x00000000000000004' is not 0x followed by 16 hex digits",
      "3 ~ REQUIRED                                               ~ line 3: expected 'REQUIRED 0x<16 hex digits>'",
      "3 ~ REQUIRED 0x0000000000000001                            ~ line 3: REQUIRED sets bit 0, a state bit: of bits 0..2 only bit 2, SEV-SNP, can be required",
      "3 ~ REQUIRED 0x0000000000000006                            ~ line 3: REQUIRED sets bit 1, a state bit: of bits 0..2 only bit 2, SEV-SNP, can be required",
      "3 ~ bit 7 DebugSwap IMPL_REQUIRED present      ~ line 3: expected 'bit <number> <name> <tier> present|absent <class or ->', found 5 fields",
      "3 ~ bit                                        ~ line 3: expected 'bit <number> <name> <tier> present|absent <class or ->', found 1 field",
      "3 ~ bit 2 SEV-SNP STATE absent -               ~ line 3: '2' is not a feature bit (3..63)",
      "3 ~ bit x A IMPL_REQUIRED absent -             ~ line 3: 'x' is not a feature bit (3..63)",
      "3 ~ bit 9 BTBIsol OPTIONAL absent -            ~ line 3: 'OPTIONAL' is not a tier (IMPL_REQUIRED, NO_IMPL_NEEDED, RESERVED)",
      "3 ~ bit 9 BTBIsol NO_IMPL_NEEDED maybe -       ~ line 3: 'maybe' is not present or absent",
      "3 ~ bit 9 BTBIsol NO_IMPL_NEEDED present x.Y   ~ line 3: bit 9 says present but PRESENT on line 2 disagrees",
  })
  void malformedLinesAreNamed(int line, String text, String message) {
    String baseline = "IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\n" + text + "\n";
    BaselineFormatException e = assertThrows(BaselineFormatException.class, () -> BaselineFormat.parse(baseline));
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
  }

  /** Written by hand, as today's format writes a guest that requires nothing: no REQUIRED line, byte for byte. */
  private static final String WRITTEN_WITHOUT_REQUIRED = "# snpgate baseline of guest g: which hosts it accepts.\n"
      + "# Generated; a change here changes the hosts the guest boots on. Review it like code.\n"
      + "IMPL_REQ 0xffffffffff7dbcf8\n"
      + "PRESENT  0x0000000000000880\n"
      + "# bit name tier present|absent implementation\n"
      + "bit 7 DebugSwap IMPL_REQUIRED present dev.x.DebugSwap\n"
      + "bit 8 NoHostIBS NO_IMPL_NEEDED absent -\n"
      + "bit 11 SecureTSC IMPL_REQUIRED present dev.x.SecureTsc\n";

  /** Written by hand: the REQUIRED line right after PRESENT, aligned with the other masks. */
  private static final String WRITTEN_WITH_REQUIRED = "# snpgate baseline of guest g: which hosts it accepts.\n"
      + "# Generated; a change here changes the hosts the guest boots on. Review it like code.\n"
      + "IMPL_REQ 0xffffffffff7dbcf8\n"
      + "PRESENT  0x0000000000000880\n"
      + "REQUIRED 0x8000000000000804\n"
      + "# bit name tier present|absent implementation\n"
      + "bit 7 DebugSwap IMPL_REQUIRED present dev.x.DebugSwap\n"
      + "bit 8 NoHostIBS NO_IMPL_NEEDED absent -\n"
      + "bit 11 SecureTSC IMPL_REQUIRED present dev.x.SecureTsc\n";

  @Test
  void aGuestThatRequiresNothingIsWrittenAsBeforeRequiredExisted() {
    Baseline baseline = BaselineFormat.parse(VALID);
    assertEquals(0L, baseline.required());
    assertEquals(WRITTEN_WITHOUT_REQUIRED, BaselineFormat.write("g", baseline));
    assertEquals(WRITTEN_WITHOUT_REQUIRED, BaselineFormat.write("g",
        new Baseline(baseline.implReq(), baseline.present(), 0L, baseline.entries())));
  }

  @Test
  void aGuestThatRequiresSomethingHasARequiredLineAfterPresent() {
    Baseline parsed = BaselineFormat.parse(WRITTEN_WITH_REQUIRED);
    assertEquals(0x8000000000000804L, parsed.required());
    Baseline plain = BaselineFormat.parse(VALID);
    assertEquals(new Baseline(plain.implReq(), plain.present(), 0x8000000000000804L, plain.entries()), parsed);
    assertEquals(WRITTEN_WITH_REQUIRED, BaselineFormat.write("g", parsed));
    assertEquals(parsed, BaselineFormat.parse(BaselineFormat.write("g", parsed)));
  }

  @Test
  void theThreeArgumentBaselineRequiresNothing() {
    Baseline plain = BaselineFormat.parse(VALID);
    assertEquals(new Baseline(plain.implReq(), plain.present(), 0L, plain.entries()),
        new Baseline(plain.implReq(), plain.present(), plain.entries()));
  }

  @Test
  void requiredMayHoldSnpAloneOrAnyFeatureBitAndParsesAnywhere() {
    assertEquals(0x4L, BaselineFormat.parse("REQUIRED 0x0000000000000004\nIMPL_REQ 0x0000000000000000\n"
        + "PRESENT 0x0000000000000000\n").required());
    assertEquals(-1L << 2, BaselineFormat.parse("IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\n"
        + "# comment\n  REQUIRED   0xFFFFFFFFFFFFFFFC\n").required());
  }

  @Test
  void aSecondRequiredLineIsNamedWhereverTheFirstWas() {
    assertEquals("line 4: a second REQUIRED line", malformed("REQUIRED 0x0000000000000004\nIMPL_REQ 0x0000000000000000\n"
        + "PRESENT 0x0000000000000000\nREQUIRED 0x0000000000000004\n"));
  }

  @Test
  void aStateBitInRequiredNamesTheRequiredLineNotAnother() {
    assertEquals("line 2: REQUIRED sets bit 1, a state bit: of bits 0..2 only bit 2, SEV-SNP, can be required",
        malformed("IMPL_REQ 0x0000000000000000\nREQUIRED 0x0000000000000002\nPRESENT 0x0000000000000000\n"));
  }

  @Test
  void badMaskAndMissingLinesAreNamed() {
    assertEquals("line 1: 'zz' is not 0x followed by 16 hex digits",
        assertThrows(BaselineFormatException.class, () -> BaselineFormat.parse("IMPL_REQ zz\nPRESENT 0x0000000000000000")).getMessage());
    assertEquals("line 1: expected 'PRESENT 0x<16 hex digits>'",
        assertThrows(BaselineFormatException.class, () -> BaselineFormat.parse("PRESENT\nIMPL_REQ 0x0000000000000000")).getMessage());
    assertEquals("line 1: no PRESENT line",
        assertThrows(BaselineFormatException.class, () -> BaselineFormat.parse("IMPL_REQ 0x0000000000000000\n")).getMessage());
    assertEquals("line 4: bit 7 is listed twice", assertThrows(BaselineFormatException.class,
        () -> BaselineFormat.parse("IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\nbit 7 A IMPL_REQUIRED absent -\n"
            + "bit 7 A IMPL_REQUIRED absent -")).getMessage());
  }

  @Test
  void emptyEntriesAreAllowed() {
    assertEquals(new Baseline(1, 0, new TreeMap<>()), BaselineFormat.parse("IMPL_REQ 0x0000000000000001\nPRESENT 0x0000000000000000"));
  }

  @Test
  void firstAndLastFeatureBitsParse() {
    Baseline baseline = BaselineFormat.parse("IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\nbit 3 vTom IMPL_REQUIRED absent -\n"
        + "bit 63 Last RESERVED absent -\n");
    assertEquals(java.util.Set.of(3, 63), baseline.entries().keySet());
    Baseline bothPresent = BaselineFormat.parse("IMPL_REQ 0x8000000000000008\nPRESENT 0x8000000000000008\n"
        + "bit 3 vTom IMPL_REQUIRED present g.VTom\nbit 63 Last RESERVED present g.Last\n");
    assertEquals(0x8000000000000008L, bothPresent.present());
  }

  private static String malformed(String text) {
    return assertThrows(BaselineFormatException.class, () -> BaselineFormat.parse(text)).getMessage();
  }

  @ParameterizedTest(name = "bit {0}")
  @CsvSource({"0, 0x0000000000000001", "1, 0x0000000000000002", "2, 0x0000000000000004"})
  void aStateBitInPresentIsMalformedNotDrift(int bit, String present) {
    assertEquals("line 2: PRESENT sets bit " + bit + ", a state bit: bits 0..2 are SEV state, never features",
        malformed("IMPL_REQ 0xffffffffff7dbcf8\nPRESENT " + present + "\n"));
  }

  @Test
  void aPresentBitWithoutItsBitLineIsMalformedNotDrift() {
    assertEquals("line 3: PRESENT sets bit 11, but no 'bit 11' line lists it",
        malformed("# c\nIMPL_REQ 0xffffffffff7dbcf8\nPRESENT 0x0000000000000880\n"
            + "bit 7 DebugSwap IMPL_REQUIRED present dev.x.DebugSwap\n"));
  }

  @Test
  void aBitLineWithTierStateIsMalformedNotDrift() {
    assertEquals("line 3: bit 9 cannot have tier STATE, which only bits 0..2 have; a feature bit's tier is"
            + " one of IMPL_REQUIRED, NO_IMPL_NEEDED, RESERVED",
        malformed("IMPL_REQ 0xffffffffff7dbcf8\nPRESENT 0x0000000000000000\nbit 9 BTBIsol STATE absent -\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', value = {
      "2176",
      "0x880",
      "0x00000000000000880",
      "0X0000000000000880",
      "0x000000000000088g",
      "+0x0000000000000880",
      "0x",
      "0x-000000000000880",
  })
  void aMaskThatIsNot0xAnd16HexDigitsIsMalformedAndQuoted(String token) {
    assertEquals("line 2: '" + token + "' is not 0x followed by 16 hex digits",
        malformed("IMPL_REQ 0xffffffffff7dbcf8\nPRESENT " + token + "\n"));
    assertEquals("line 1: '" + token + "' is not 0x followed by 16 hex digits",
        malformed("IMPL_REQ " + token + "\nPRESENT 0x0000000000000000\n"));
  }

  @Test
  void maskHexDigitsMayBeEitherCase() {
    assertEquals(BaselineFormat.parse("IMPL_REQ 0xffffffffff7dbcf8\nPRESENT 0x0000000000000000\n"),
        BaselineFormat.parse("IMPL_REQ 0xFFFFFFFFFF7dBcF8\nPRESENT 0x0000000000000000\n"));
  }

  @Test
  void aLeadingByteOrderMarkIsAcceptedSilently() {
    assertEquals(BaselineFormat.parse(VALID), BaselineFormat.parse("\uFEFF" + VALID));
  }

  @Test
  void aByteOrderMarkAfterTheStartIsStillMalformed() {
    assertEquals("line 2: '\uFEFFPRESENT' is not IMPL_REQ, PRESENT, REQUIRED or bit",
        malformed("IMPL_REQ 0xffffffffff7dbcf8\n\uFEFFPRESENT 0x0000000000000000\n"));
  }

  @Test
  void bit64IsNotAFeatureBit() {
    assertEquals("line 3: '64' is not a feature bit (3..63)",
        malformed("IMPL_REQ 0x0000000000000000\nPRESENT 0x0000000000000000\nbit 64 X RESERVED absent -\n"));
  }
}
