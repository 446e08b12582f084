package dev.snpgate.processor.validation;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first sentence of a Javadoc comment, as plain text: a feature's rationale when the annotation
 * has none. Inline tags give their text ({@code {@literal <T>}} stays {@code <T>}), only real HTML
 * tags are removed (so "rate < 1 GHz and skew > 5 ppm" keeps its words), entities are decoded, and
 * a sentence ends at a full stop followed by a capital, a digit or the end (so "e.g. the TSC" does not).
 */
public final class JavadocSummary {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\p{N}]|\\s*$)");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w");
  /** Inline text is kept out of the HTML pass behind this mark, which Javadoc text cannot contain. */
  private static final char PROTECTED = '\u0000';

  private JavadocSummary() {}

  /** The first sentence of {@code comment} (null for none); {@code {@value}} references stay as written. */
  public static String firstSentence(String comment) {
    return firstSentence(comment, reference -> Optional.empty());
  }

  /**
   * The first sentence of {@code comment} (null for none), without tags; empty when there is
   * none. {@code constants} gives the value of a {@code {@value}} reference ({@code #FIELD} or
   * {@code Type#FIELD}); one it cannot resolve is shown as the reference, {@code Type.FIELD}.
   */
  public static String firstSentence(String comment, Function<String, Optional<String>> constants) {
    if (comment == null) {
      return "";
    }
    String text = comment;
    Matcher blockTag = BLOCK_TAG.matcher(text);
    if (blockTag.find()) {
      text = text.substring(0, blockTag.start());
    }
    StringBuilder protectedText = new StringBuilder();
    Matcher inline = INLINE_TAG.matcher(text);
    int last = 0;
    while (inline.find()) {
      protectedText.append(text, last, inline.start())
          .append(PROTECTED).append(inlineText(inline.group(1), inline.group(2).strip(), constants)).append(PROTECTED);
      last = inline.end();
    }
    protectedText.append(text.substring(last));
    StringBuilder plain = new StringBuilder();
    String[] parts = protectedText.toString().split(String.valueOf(PROTECTED), -1);
    for (int i = 0; i < parts.length; i++) {
      // Even parts are the comment's own text, odd parts the text of inline tags.
      plain.append(i % 2 == 0 ? decodeEntities(HTML_TAG.matcher(parts[i]).replaceAll("")) : parts[i]);
    }
    String oneLine = plain.toString().replaceAll("\\s+", " ").strip();
    Matcher end = SENTENCE_END.matcher(oneLine);
    return end.find() ? oneLine.substring(0, end.end()) : oneLine;
  }

  private static String inlineText(String tag, String content, Function<String, Optional<String>> constants) {
    if (tag.equals("value")) {
      return constants.apply(content).orElse(content.startsWith("#") ? content.substring(1) : content.replace('#', '.'));
    }
    if (tag.equals("link") || tag.equals("linkplain")) {
      // {@link Type#member label}: the label when there is one, else the reference.
      String shown = content.substring(content.indexOf(' ') + 1).strip();
      return shown.startsWith("#") ? shown.substring(1) : shown.replace('#', '.');
    }
    return content;
  }

  private static String decodeEntities(String text) {
    return ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(decode(match.group(1))));
  }

  private static String decode(String entity) {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        int codePoint = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
            : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "&" + entity + ";";
    }
  }
}
