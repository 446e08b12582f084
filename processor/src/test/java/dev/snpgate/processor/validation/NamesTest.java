package dev.snpgate.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.Catalog;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;

/**
 * The name rules without a compilation: a feature's display name against the catalog, and the
 * registry's simple name against the file-system limit, each at its edge. The compiled tests and
 * the corpus show the same messages at the element.
 */
class NamesTest {

  /** Elements that know no class: every registry package here is free. */
  private static final Elements NO_CLASSES = (Elements) Proxy.newProxyInstance(NamesTest.class.getClassLoader(),
      new Class<?>[] {Elements.class}, (proxy, method, args) -> null);

  @Test
  void aNameTheCatalogGivesAnotherBitIsTakenInAnyLetterCase() {
    assertEquals(Optional.of(String.format(Messages.NAME_TAKEN, "SecureTSC", 40, "bit 11")),
        DisplayNames.problem("SecureTSC", 40, Catalog.builtIn()));
    assertEquals(Optional.of(String.format(Messages.NAME_TAKEN, "securetsc", 40, "bit 11")),
        DisplayNames.problem("securetsc", 40, Catalog.builtIn()));
    assertEquals(Optional.of(String.format(Messages.NAME_TAKEN, "SEV", 40, "bit 0")),
        DisplayNames.problem("SEV", 40, Catalog.builtIn()));
  }

  @Test
  void aBitsOwnNameAndAFreshNameAreFine() {
    assertEquals(Optional.empty(), DisplayNames.problem("SecureTSC", 11, Catalog.builtIn()));
    assertEquals(Optional.empty(), DisplayNames.problem("Fresh", 40, Catalog.builtIn()));
  }

  @Test
  void sameIgnoresLetterCaseOnly() {
    assertEquals(true, DisplayNames.same("DebugSwap", "DEBUGSWAP"));
    assertEquals(false, DisplayNames.same("DebugSwap", "DebugSwap2"));
  }

  @Test
  void aRegistrySimpleNameMayTakeExactlyTheLimitInUtf8Bytes() {
    int limit = RegistryNames.MAX_SIMPLE_NAME_BYTES;
    assertEquals(Optional.empty(), RegistryNames.problem("g." + "A".repeat(limit), NO_CLASSES));
    assertEquals(Optional.of(String.format(Messages.REGISTRY_NAME_TOO_LONG, limit + 1, limit)),
        RegistryNames.problem("g." + "A".repeat(limit + 1), NO_CLASSES));
    // Two bytes each in UTF-8: half as many characters reach the limit; the message counts characters.
    assertEquals(Optional.empty(), RegistryNames.problem("g." + "\u00e9".repeat(limit / 2), NO_CLASSES));
    assertEquals(Optional.of(String.format(Messages.REGISTRY_NAME_TOO_LONG, limit / 2 + 1, limit)),
        RegistryNames.problem("g." + "\u00e9".repeat(limit / 2 + 1), NO_CLASSES));
  }
}
