package dev.snpgate.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.baseline.BaselineFormat;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BaselineWriterTest {

  @Test
  void theGoldenExampleBaselineMeetsTheFormatsStricterRules() throws IOException {
    try (InputStream in = BaselineWriterTest.class.getResourceAsStream("/golden/example-guest/baseline.txt")) {
      assertEquals(0x0000000000040880L, BaselineFormat.parse(in.readAllBytes()).present());
    }
  }
}
