package dev.snpgate.processor.writing.docs;

/**
 * How any text, whatever it contains, is made inert in the generated docs. Both formats first make
 * it one line: every character a parser may take for a line break (Python's {@code splitlines}
 * takes U+0085, U+001C..U+001E, U+2028 and U+2029 too) becomes a space, and bidirectional controls,
 * which reorder what a reader sees, become U+FFFD. Then each format escapes with a backslash every
 * character that could be markup in it.
 */
final class DocText {

  private static final char REPLACEMENT = '\ufffd';

  private DocText() {}

  /** {@code text} on one line, runs of spaces folded, bidirectional controls made visible. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || c == ' ') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if (Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
          || c == '\u200e' || c == '\u200f' || c == '\u061c') {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** Markdown: CommonMark lets any ASCII punctuation be escaped, and only ASCII punctuation is markup. */
  static String markdown(String text) {
    String line = oneLine(text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * reStructuredText: a backslash before every character but letters, digits and spaces, so that
   * no line can start a list, a directive, a field, a comment or a title (bullets include U+2022,
   * so non-ASCII punctuation is escaped too). A text of backslashes alone would still be a line of
   * one repeated character, which docutils reads as a title adornment or a transition: it starts
   * with an escaped space, which docutils removes.
   */
  static String restructuredText(String text) {
    String line = oneLine(text);
    boolean onlyBackslashes = !line.isEmpty() && line.chars().allMatch(c -> c == '\\');
    StringBuilder out = new StringBuilder().append(onlyBackslashes ? "\\ " : "");
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ') {
        out.append('\\');
      }
      out.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * The columns {@code text} takes in docutils' measure, or more: wide (East Asian) characters
   * take two. Over-counting is safe, a title underline only has to be long enough.
   */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      columns += c >= 0x1100 ? 2 : 1;
      i += Character.charCount(c);
    }
    return columns;
  }
}
