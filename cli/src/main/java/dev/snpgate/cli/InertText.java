package dev.snpgate.cli;

/**
 * Text made safe for a terminal: a manifest comes from a guest's build, and a name or rationale in
 * it must not be able to move the cursor, retitle the window or reorder what the operator reads.
 * Control characters but the line feed, and bidirectional controls, are shown as {@code \u001b}.
 */
public final class InertText {

  private InertText() {}

  public static String of(String text) {
    return escaped(text, true);
  }

  /**
   * {@link #of} for a text that must stay within its line, such as a name or rationale read from a
   * manifest: line breaks ({@code \n}, U+2028, U+2029) are shown escaped too, so that the text
   * cannot start a line of its own that reads like one snpgate printed ({@code decision      boot}).
   */
  public static String oneLine(String text) {
    return escaped(text, false);
  }

  private static String escaped(String text, boolean keepLineFeed) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\u2028' || c == '\u2029';
      boolean escape = lineBreak ? !keepLineFeed || c != '\n' : Character.isISOControl(c) || isBidiControl(c);
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** The marks and embeddings, overrides and isolates of Unicode's bidirectional algorithm. */
  private static boolean isBidiControl(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
