package dev.snpgate.processor.validation;

import dev.snpgate.processor.reporting.Messages;
import java.util.Optional;

/**
 * The longest texts snpgate takes from its annotations, each documented at its attribute. Every
 * output carries a text whole, on one line: docutils refuses a line of more than 10,000
 * characters (and reStructuredText escaping at most doubles a text), and a Java string constant
 * holds at most 65,535 bytes (three per character at most). Checked before any other rule, so that
 * no message quotes such a text back.
 */
final class TextLimits {

  /** A name: the guest's, a feature library's, a bit's. */
  static final int NAME = 200;
  /** Prose: a rationale, an override's long name or reference. */
  static final int PROSE = 4_000;

  private TextLimits() {}

  /** The message for {@code text}, written as {@code attribute}, when it is longer than {@code limit}. */
  static Optional<String> problem(String attribute, String text, int limit) {
    return text.length() <= limit ? Optional.empty()
        : Optional.of(String.format(Messages.TEXT_TOO_LONG, attribute, text.length(), limit));
  }
}
