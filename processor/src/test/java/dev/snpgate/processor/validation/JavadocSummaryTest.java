package dev.snpgate.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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

  @Test
  void lessAndGreaterThanSignsThatAreNoTagsKeepTheTextBetweenThem() {
    assertEquals("Needs rate < 1 GHz and skew > 5 ppm.",
        JavadocSummary.firstSentence("Needs rate < 1 GHz and skew > 5 ppm. More."));
  }

  @Test
  void literalAndCodeKeepAngleBracketsAndEntitiesAreDecoded() {
    assertEquals("Wraps a <T> and a List<String>.",
        JavadocSummary.firstSentence("Wraps a {@literal <T>} and a {@code List<String>}. Next."));
    assertEquals("Bits < 3 & > 2.", JavadocSummary.firstSentence("Bits &lt; 3 &amp; &#62; 2. Next."));
  }

  @Test
  void valueTagsGiveTheConstantOrElseTheReference() {
    assertEquals("Runs at 11 MHz.", JavadocSummary.firstSentence("Runs at {@value #RATE} MHz. Next.",
        reference -> reference.equals("#RATE") ? Optional.of("11") : Optional.empty()));
    assertEquals("Runs at Bits.RATE MHz.", JavadocSummary.firstSentence("Runs at {@value Bits#RATE} MHz. Next."));
  }

  @Test
  void abbreviationsFollowedByLowerCaseDoNotEndTheSentence() {
    assertEquals("Swaps state, e.g. the debug registers, i.e. all of them.",
        JavadocSummary.firstSentence("Swaps state, e.g. the debug registers, i.e. all of them. Then more."));
  }

  @Test
  void linkLabelsAreShown() {
    assertEquals("See the gate for details.", JavadocSummary.firstSentence("See {@link Gate#decide the gate} for details."));
    assertEquals("See Gate.decide and boot.",
        JavadocSummary.firstSentence("See {@link Gate#decide} and {@linkplain #boot}. Next."));
  }

  @Test
  void textAfterEveryInlineTagLosesItsMarkup() {
    assertEquals("A x b y c & d.", JavadocSummary.firstSentence("A {@code x} b {@code y} <b>c</b> &amp; d. More."));
  }
}
