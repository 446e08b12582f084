package dev.snpgate.processor.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.runtime.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandWrittenMasksTest {

  private static final GuestModel GUEST = GuestModel.of("g", "g.R", Catalog.builtIn(), List.of());

  @Test
  void differencesNameEveryBitBothWaysInBitOrder() {
    assertEquals("bit 0 SEV is missing here; bit 63 reserved-bit-63 should not be here",
        HandWrittenMasks.differences(GUEST, 1L << 63, 1L));
    assertEquals("", HandWrittenMasks.differences(GUEST, 0x880L, 0x880L));
  }
}
