package dev.snpgate.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ManifestWriterTest {

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
    assertEquals("\"plain\"", ManifestWriter.string("plain"));
    assertEquals("\"say \\\"hi\\\" \\\\ back\"", ManifestWriter.string("say \"hi\" \\ back"));
    assertEquals("\"a\\nb\\tc\\r\\u0001\"", ManifestWriter.string("a\nb\tc\r\u0001"));
    assertEquals("\"ü €\"", ManifestWriter.string("ü €"));
  }
}
