package dev.snpgate.processor.writing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text rules at their edges: which characters count as bidirectional controls, which as wide. */
class DocTextTest {

  @Test
  void everyBidirectionalEmbeddingOverrideAndIsolateIsReplaced() {
    // LRE is the first of the explicit formatting characters in Java's directionality order,
    // then RLE, LRO, RLO, PDF; LRI..PDI are isolates; LRM, RLM and ALM are single marks.
    String controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    assertEquals("a" + "\ufffd".repeat(controls.length()) + "b", DocText.oneLine("a" + controls + "b"));
  }

  @Test
  void lineBreaksAndRunsOfSpacesBecomeOneSpaceAndTheEndsAreTrimmed() {
    assertEquals("a b c", DocText.oneLine(" \n a \u2028\u2029  b\u0085\tc \r"));
  }

  @Test
  void wideCharactersStartAtHangulJamo() {
    assertEquals(1, DocText.columns("\u10ff"));
    assertEquals(2, DocText.columns("\u1100"));
    assertEquals(4, DocText.columns("\u4e2d\u6587"));
    assertEquals(2, DocText.columns("\ud83d\ude00"), "one code point beyond the BMP, wide");
  }
}
