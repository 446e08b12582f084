package dev.snpgate.cli;

/**
 * Text made safe for a terminal: a manifest comes from a guest's build, and a name or rationale in
 * it must not be able to move the cursor, retitle the window or reorder what the operator reads.
 * Control characters but the line feed, and bidirectional controls, are shown as {@code \u001b}.
 */
public final class InertText {

  private InertText() {}

  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = c != '\n' && (Character.isISOControl(c) || isBidiControl(c));
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
