package dev.snpgate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one definition of the docs anchor and link, the GHCB request's words and failure texts. */
class DocsAndFailureTextTest {

  @Test
  void docsAnchorIsBitDashN() {
    assertEquals("bit-0", BitDefinition.docsAnchor(0));
    assertEquals("bit-11", BitDefinition.docsAnchor(11));
    assertEquals("bit-63", BitDefinition.docsAnchor(63));
    assertThrows(IllegalArgumentException.class, () -> BitDefinition.docsAnchor(64));
    assertThrows(IllegalArgumentException.class, () -> BitDefinition.docsAnchor(-1));
  }

  @Test
  void docsLinkPointsIntoTheGuestJar() {
    assertEquals("META-INF/snpgate/behavior.md", BitDefinition.BEHAVIOR_DOCS);
    assertEquals("META-INF/snpgate/behavior.md#bit-45", BitDefinition.docsLink(45));
    UnsupportedFeature feature = new UnsupportedFeature(Catalog.builtIn().definition(11));
    assertEquals("bit-11", feature.docsAnchor());
    assertEquals("META-INF/snpgate/behavior.md#bit-11", feature.docsLink());
  }

  @Test
  void featureFailureRequestOfEveryBit() {
    for (int bit = 0; bit < 64; bit++) {
      GhcbTermination request = GhcbTermination.forFeatureFailure(bit);
      assertEquals(1L << bit, request.swExitInfo2(), "bit " + bit);
      assertEquals(0L, request.swExitInfo1());
      assertEquals(0x100L, request.msrProtocolValue());
    }
    assertThrows(IllegalArgumentException.class, () -> GhcbTermination.forFeatureFailure(64));
  }

  @Test
  void requestsOfOtherCodesAreDescribedWithoutAName() {
    GhcbTermination linuxSecureTsc = new GhcbTermination(1, 10, 0x8000fffeL, 0xa1L, 0, 0xa1100L);
    assertEquals("GHCB reason set 1, code 10; GHCB protocol 2 or later: SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0xa1,"
        + " SW_EXITINFO2 0x0000000000000000; GHCB protocol 1: MSR 0xc0010130 = 0xa1100", linuxSecureTsc.describe());
    GhcbTermination protocol = new GhcbTermination(0, 1, 0x8000fffeL, 0x10L, 0, 0x10100L);
    assertEquals("GHCB reason set 0, code 1;", protocol.describe().substring(0, 26));
    GhcbTermination setOneCodeTwo = new GhcbTermination(1, 2, 0x8000fffeL, 0x21L, 0, 0x21100L);
    assertEquals("GHCB reason set 1, code 2;", setOneCodeTwo.describe().substring(0, 26));
  }

  @Test
  void failureTextIsSimpleClassNameAndMessage() {
    assertEquals("IllegalStateException: boom", Failures.describe(new IllegalStateException("boom")));
    assertEquals("NoClassDefFoundError", Failures.describe(new NoClassDefFoundError()));
    Throwable anonymous = new RuntimeException("anonymous") {
      private static final long serialVersionUID = 1L;
    };
    assertEquals(anonymous.getClass().getName() + ": anonymous", Failures.describe(anonymous));
    Throwable unreadable = new IllegalStateException() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        throw new UnsupportedOperationException("no message");
      }
    };
    assertEquals(unreadable.getClass().getName(), Failures.describe(unreadable));
    OutOfMemoryError oom = new OutOfMemoryError();
    assertEquals(oom, assertThrows(OutOfMemoryError.class, () -> Failures.describe(oom)));
  }
}
