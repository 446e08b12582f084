package dev.snpgate.cli.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.runtime.BitDefinition;

/**
 * What a caller adds to each set bit of a {@link DecodedStatus}: one more column of the table and
 * more keys in the bit's JSON object (a guest's view of the bit, say). The decode's own columns and
 * keys stay as they are.
 */
public interface BitFacts {

  /** The added column's heading. */
  String heading();

  /** The added column's cell for {@code definition}'s row. */
  String cell(BitDefinition definition);

  /** Adds keys to {@code bit}, the JSON object of {@code definition}. */
  void json(BitDefinition definition, ObjectNode bit);
}
