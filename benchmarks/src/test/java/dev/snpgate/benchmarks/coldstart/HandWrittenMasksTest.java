package dev.snpgate.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.benchmarks.guest.SnpGateRegistry;
import org.junit.jupiter.api.Test;

/** The hand-written contender decides with the same masks as the generated registry. */
class HandWrittenMasksTest {

  @Test
  void masksEqualTheGeneratedOnes() {
    assertEquals(SnpGateRegistry.IMPL_REQ, HandWrittenBoot.IMPL_REQ);
    assertEquals(SnpGateRegistry.PRESENT, HandWrittenBoot.PRESENT);
  }
}
