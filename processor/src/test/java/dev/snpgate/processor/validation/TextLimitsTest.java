package dev.snpgate.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.reporting.Messages;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

  @Test
  void aTextAtTheLimitIsTaken() {
    assertEquals(Optional.empty(), TextLimits.problem("name", "n".repeat(TextLimits.NAME), TextLimits.NAME));
    assertEquals(Optional.empty(), TextLimits.problem("rationale", "r".repeat(TextLimits.PROSE), TextLimits.PROSE));
  }

  @Test
  void aTextOverTheLimitIsNamedWithItsLengthAndTheLimit() {
    assertEquals(Optional.of(String.format(Messages.TEXT_TOO_LONG, "rationale", 4001, 4000)),
        TextLimits.problem("rationale", "r".repeat(4001), TextLimits.PROSE));
  }
}
