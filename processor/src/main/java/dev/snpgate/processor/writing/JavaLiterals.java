package dev.snpgate.processor.writing;

/**
 * Java string literals in pure ASCII. JavaPoet's {@code $S} passes U+2028 and U+2029 through its
 * line handling and breaks the literal in two; here every character outside printable ASCII is an
 * escape, so the generated source means the same text in any encoding and any editor.
 */
public final class JavaLiterals {

  private JavaLiterals() {}

  /** {@code text} as a double-quoted Java string literal containing only printable ASCII. */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        // Not as a unicode escape: those are translated before lexing and would end the literal.
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else if (c < 0x20 || c == 0x7f) {
        // Octal, always three digits, so that a following digit never joins the escape; a
        // unicode escape of LF or CR would become a real line break before lexing.
        out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
            .append((char) ('0' + (c & 7)));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
