package dev.snpgate.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocSummaryTest {

  @Test
  void firstSentenceWithoutTags() {
    assertEquals("Keeps the TSC honest.", JavadocSummary.firstSentence(" Keeps the {@code TSC} honest. More.\n"));
    assertEquals("Uses no markup?", JavadocSummary.firstSentence("Uses <b>no</b> markup? Yes"));
    assertEquals("Version 1.2 of the feature.", JavadocSummary.firstSentence("Version 1.2 of the feature. Then"));
    assertEquals("Links Gate and more", JavadocSummary.firstSentence("Links {@link Gate}\n and more\n@see X"));
    assertEquals("", JavadocSummary.firstSentence(null));
    assertEquals("", JavadocSummary.firstSentence("\n@param x y\n"));
  }
}
