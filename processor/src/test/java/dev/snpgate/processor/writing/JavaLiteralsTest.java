package dev.snpgate.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The literal for each class of character, at the edges of printable ASCII. The corpus compiles
 * literals of hostile texts with javac and ecj; this pins the exact spelling at each boundary.
 */
class JavaLiteralsTest {

  @Test
  void printableAsciiStaysItselfFromSpaceToTilde() {
    assertEquals("\" ~\"", JavaLiterals.string(" ~"));
  }

  @Test
  void quoteAndBackslashAreEscapedWithABackslash() {
    assertEquals("\"\\\"\\\\\"", JavaLiterals.string("\"\\"));
  }

  @Test
  void controlCharactersAndDeleteAreThreeDigitOctal() {
    assertEquals("\"\\000\\037\\012\\015\\177\"", JavaLiterals.string("\u0000\u001f\n\r\u007f"));
  }

  @Test
  void aDigitAfterAnOctalEscapeStaysOutsideIt() {
    assertEquals("\"\\0117\"", JavaLiterals.string("\t7"));
  }

  @Test
  void everythingAboveAsciiIsAUnicodeEscape() {
    assertEquals("\"\\u0080\\u2028\\u2029\\uffff\"", JavaLiterals.string("\u0080\u2028\u2029\uffff"));
  }
}
