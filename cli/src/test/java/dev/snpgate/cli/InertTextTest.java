package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What a manifest says reaches the terminal as text, never as control sequences. */
class InertTextTest {

  @Test
  void plainTextIsUnchanged() {
    String text = "SEV-SNP guest example-guest boots\nnext line, ünïcödé, 中文";
    assertSame(text, InertText.of(text));
  }

  @Test
  void controlAndBidiCharactersAreShownEscaped() {
    assertEquals("a\\u001b[2Jb", InertText.of("a\u001b[2Jb"));
    assertEquals("\\u0007\\u0009\\u000d\\u007f\\u009b", InertText.of("\u0007\t\r\u007f\u009b"));
    assertEquals("x\\u202ey\\u2066z\\u200f\\u061c", InertText.of("x\u202ey\u2066z\u200f\u061c"));
    assertEquals("keeps\nline feeds", InertText.of("keeps\nline feeds"));
    assertEquals("but not\\u2028separators\\u2029", InertText.of("but not\u2028separators\u2029"));
  }

  @Test
  void oneLineShowsLineBreaksEscapedToo() {
    assertEquals("a\\u000adecision      boot\\u2028b\\u000d", InertText.oneLine("a\ndecision      boot\u2028b\r"));
    String plain = "rationale, ünïcödé";
    assertSame(plain, InertText.oneLine(plain));
  }
}
