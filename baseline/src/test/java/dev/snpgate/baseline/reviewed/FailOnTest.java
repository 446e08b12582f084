package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailOnTest {

  @Test
  void readsItsNamesInAnyCaseAndNothingElse() {
    assertEquals(Optional.of(FailOn.MASKS), FailOn.of(" Masks "));
    assertEquals(Optional.of(FailOn.ANY), FailOn.of("any"));
    assertEquals(Optional.empty(), FailOn.of("mask"));
    assertEquals("masks", FailOn.MASKS.toString());
  }
}
