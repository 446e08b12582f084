package dev.snpgate.processor.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first sentence of a Javadoc comment, as plain text: a feature's rationale when the annotation has none. */
public final class JavadocSummary {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain)\\s+([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  private JavadocSummary() {}

  /** The first sentence of {@code comment} (null for none), without tags; empty when there is none. */
  public static String firstSentence(String comment) {
    if (comment == null) {
      return "";
    }
    String text = comment;
    int blockTag = blockTagStart(text);
    if (blockTag >= 0) {
      text = text.substring(0, blockTag);
    }
    text = INLINE_TAG.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1).strip()));
    text = HTML_TAG.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.end()) : text;
  }

  /** Where the block tags ({@code @param}, {@code @see} ...) start, or -1. */
  private static int blockTagStart(String text) {
    Matcher matcher = Pattern.compile("(?m)^\\s*@\\w").matcher(text);
    return matcher.find() ? matcher.start() : -1;
  }
}
