package dev.snpgate.processor.validation;

import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a name a guest gives a bit: a display token, not one the catalog already uses
 * (ignoring case), and not one that reads as an unnamed reserved bit. Operators, reviewers and
 * the docs tell bits apart by name alone.
 */
final class DisplayNames {

  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern RESERVED_TOKEN = Pattern.compile("reserved-bit-[0-9]+", Pattern.CASE_INSENSITIVE);

  private DisplayNames() {}

  /** The message for {@code name} given to {@code bit} of {@code catalog}, or empty when it is fine. */
  static Optional<String> problem(String name, int bit, Catalog catalog) {
    Optional<String> tooLong = TextLimits.problem("name", name, TextLimits.NAME);
    if (tooLong.isPresent()) {
      return tooLong;
    }
    if (!TOKEN.matcher(name).matches()) {
      return Optional.of(String.format(Messages.NAME_NOT_A_TOKEN, Diagnostics.printable(name)));
    }
    if (RESERVED_TOKEN.matcher(name).matches()) {
      return Optional.of(String.format(Messages.NAME_LOOKS_RESERVED, name, bit));
    }
    for (int other = 0; other < Catalog.BITS; other++) {
      BitDefinition definition = catalog.definition(other);
      if (other != bit && definition.isNamed() && same(definition.name(), name)) {
        return Optional.of(String.format(Messages.NAME_TAKEN, name, bit, "bit " + other));
      }
    }
    return Optional.empty();
  }

  static boolean same(String one, String other) {
    return one.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
  }
}
