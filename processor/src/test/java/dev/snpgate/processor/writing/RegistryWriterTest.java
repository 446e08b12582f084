package dev.snpgate.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistryWriterTest {

  /** JavaPoet prints a Long through $L without its suffix: a mask above int range would not compile. */
  @Test
  void hexLiteralsKeepTheLongSuffix() {
    assertEquals("0xffffffffff7dbcf8L", RegistryWriter.hexLiteral(0xffffffffff7dbcf8L));
    assertEquals("0x0000000000000000L", RegistryWriter.hexLiteral(0));
  }
}
