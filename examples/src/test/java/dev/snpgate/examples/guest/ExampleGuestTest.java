package dev.snpgate.examples.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example guest end to end through its generated registry: what it prints and its exit status. */
class ExampleGuestTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    BootLog.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    BootLog.redirect(System.out);
    System.setErr(originalErr);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The default flavour is Linux 7.1 without CONFIG_AMD_SECURE_AVIC (the secure-avic flavour, with
   * 0x40880, is built and checked by the integration tests); IMPL_REQ is the catalog's either way.
   */
  @Test
  void generatedMasksAreLinux71sWithoutSecureAvic() {
    assertEquals(0xffffffffff7dbcf8L, SnpGateRegistry.IMPL_REQ);
    assertEquals(0x0000000000000880L, SnpGateRegistry.PRESENT);
    assertEquals("example-guest", SnpGateRegistry.INSTANCE.guestName());
  }

  @Test
  void defaultStatusBootsAndEnablesFeaturesInBitOrder() {
    assertEquals(ExampleGuest.EXIT_BOOTED, ExampleGuest.run(new String[0]));
    String printed = out();
    assertTrue(printed.contains("SEV_STATUS    0x0000000000000987  SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC"), printed);
    assertTrue(printed.indexOf("DebugSwap: debug registers") < printed.indexOf("SecureTSC: TSC frequency"), printed);
    assertTrue(printed.contains("  enabled  bit 8 NoHostIBS: no guest code needed"), printed);
    assertTrue(!printed.contains("SecureAVIC: APIC"), "SecureAVIC is not enabled by the default status");
  }

  @Test
  void unsupportedFeaturesTerminateWithTheGhcbRequest() {
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.run(new String[] {"0x200002017"}));
    String printed = out();
    assertTrue(printed.contains("decision: terminate, unsupported mask 0x0000000200002010"), printed);
    assertTrue(printed.contains("  bit 4 ReflectVC (Reflect #VC): a feature that needs guest code"), printed);
    assertTrue(printed.contains("  reserved bit 13: reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-13)"), printed);
    assertTrue(printed.contains("  reserved bit 33: reserved"), printed);
    assertTrue(printed.contains("SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x20 SW_EXITINFO2 0x0000000200002010"), printed);
    assertTrue(printed.contains("GHCB protocol 1: MSR 0xc0010130 = 0x20100"), printed);
  }

  @Test
  void snpInactiveBoots() {
    assertEquals(ExampleGuest.EXIT_BOOTED, ExampleGuest.run(new String[] {"0x3"}));
    assertTrue(out().contains("decision: boot, SEV-SNP not active"), out());
  }

  @Test
  void theDefaultFlavourRefusesAHostThatEnablesSecureAvic() {
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.run(new String[] {"0x40007"}));
    assertTrue(out().contains("  bit 18 SecureAVIC (Secure AVIC): a feature that needs guest code, and this guest has"
        + " no implementation of it"), out());
  }

  @Test
  void badValueExitsTwoNamingIt() {
    assertEquals(ExampleGuest.EXIT_BAD_INPUT, ExampleGuest.run(new String[] {"0xnope"}));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("error: not a SEV_STATUS value: \"0xnope\": 'n' is not a hex digit"), printed);
    assertTrue(printed.contains("usage: java -jar snpgate-example-guest.jar [SEV_STATUS]"), printed);
  }

  @Test
  void tooManyArgumentsExitTwo() {
    assertEquals(ExampleGuest.EXIT_BAD_INPUT, ExampleGuest.run(new String[] {"1", "2"}));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: expected at most one SEV_STATUS value, got 2"));
  }

  @Test
  void helpExitsZero() {
    assertEquals(ExampleGuest.EXIT_BOOTED, ExampleGuest.run(new String[] {"--help"}));
    assertTrue(out().startsWith("usage: "), out());
  }

  @Test
  void docsLinkOfATerminationResolvesInTheGuestJar() throws IOException {
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.run(new String[] {"0x2007"}));
    assertTrue(out().contains("(" + BitDefinition.docsLink(13) + ")"), out());
    try (InputStream docs = ExampleGuest.class.getResourceAsStream("/" + BitDefinition.BEHAVIOR_DOCS)) {
      assertTrue(docs != null, "the guest's class output has " + BitDefinition.BEHAVIOR_DOCS);
      String markdown = new String(docs.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(markdown.contains("<a id=\"" + BitDefinition.docsAnchor(13) + "\"></a>"), "anchor of bit 13");
    }
  }

  @Test
  void nothingIsEnabledAfterAFeatureFailsToComeUp() {
    FeatureRegistry failingDebugSwap = new Wrapped(SnpGateRegistry.INSTANCE) {
      @Override
      public GuestFeature newFeature(int bit) {
        if (bit == 7) {
          return status -> {
            throw new IllegalStateException("no debug registers");
          };
        }
        return super.newFeature(bit);
      }
    };
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.boot(SevStatus.of(0x887), failingDebugSwap));
    assertTrue(!out().contains("SecureTSC: TSC frequency"), "SecureTSC (bit 11) comes after the failure: " + out());
  }

  @Test
  void featureThatFailsToComeUpTerminatesNamingItAndWhatWasEnabledBefore() {
    FeatureRegistry failingSecureTsc = new Wrapped(SnpGateRegistry.INSTANCE) {
      @Override
      public GuestFeature newFeature(int bit) {
        if (bit == 11) {
          return status -> {
            throw new IllegalStateException("no TSC frequency from the security processor");
          };
        }
        return super.newFeature(bit);
      }
    };
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.boot(SevStatus.of(0x887), failingSecureTsc));
    String printed = out();
    assertTrue(printed.contains("decision: terminate, feature bit 11 SecureTSC"
        + " (dev.snpgate.examples.guest.features.SecureTsc) failed to come up: enable threw IllegalStateException:"
        + " no TSC frequency from the security processor"), printed);
    assertTrue(printed.contains("  enabled before it  bit 7 DebugSwap"), printed);
    assertTrue(printed.contains("DebugSwap: debug registers"), printed);
    assertTrue(printed.contains("SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x0 SW_EXITINFO2 0x0000000000000800"), printed);
    assertTrue(printed.contains("GHCB protocol 1: MSR 0xc0010130 = 0x100"), printed);
  }

  @Test
  void registryOfAnotherSnpgateVersionIsDecidedFailClosedNamingBothVersions() {
    FeatureRegistry older = new Wrapped(SnpGateRegistry.INSTANCE) {
      @Override
      public long implReq() {
        return super.implReq() & ~(1L << 45);
      }

      @Override
      public String snpgateVersion() {
        return "0.0.9";
      }
    };
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.boot(SevStatus.of(0x7L | 1L << 45), older));
    String printed = out();
    assertTrue(printed.contains("decision: terminate, unsupported mask 0x0000200000000000"), printed);
    assertTrue(printed.contains("  registry problem: IMPL_REQ is 0xffffdfffff7dbcf8 but its catalog requires"
        + " 0xffffffffff7dbcf8"), printed);
    assertTrue(printed.contains("registry generated by snpgate 0.0.9, runtime snpgate "), printed);
    assertEquals(ExampleGuest.EXIT_BOOTED, ExampleGuest.boot(SevStatus.of(0x3L | 1L << 45), older),
        "SEV-SNP inactive: nothing is checked");
  }

  @Test
  void aRequiredFeatureTheHostLeftOffIsPrintedWithTheGeneralRequest() {
    FeatureRegistry requiringNoHostIbs = new Wrapped(SnpGateRegistry.INSTANCE) {
      @Override
      public long required() {
        return 1L << 8;
      }

      @Override
      public String requiredBy(int bit) {
        return "@SnpGuest test";
      }
    };
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.boot(SevStatus.of(0x887), requiringNoHostIbs));
    String printed = out();
    assertTrue(printed.contains("decision: terminate, missing mask 0x0000000000000100\n"), printed);
    assertFalse(printed.contains("unsupported mask"), printed);
    assertTrue(printed.contains("  bit 8 NoHostIBS (Prevent host IBS) left off: required by @SnpGuest test"), printed);
    assertTrue(printed.contains("SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x0 SW_EXITINFO2 0x0000000000000100"), printed);
  }

  @Test
  void aGuestThatRunsOnlyUnderSnpHaltsWithoutAGhcbRequestWhenSnpIsInactive() {
    FeatureRegistry snpOnly = new Wrapped(SnpGateRegistry.INSTANCE) {
      @Override
      public long required() {
        return 1L << 2;
      }
    };
    assertEquals(ExampleGuest.EXIT_TERMINATED, ExampleGuest.boot(SevStatus.of(0x0), snpOnly));
    String printed = out();
    assertTrue(printed.contains("decision: terminate, missing mask 0x0000000000000004\n"), printed);
    assertTrue(printed.contains("  no GHCB request: SEV-SNP is not active; the guest halts\n"), printed);
    assertFalse(printed.contains("SW_EXITCODE"), printed);
    assertEquals(ExampleGuest.EXIT_BOOTED, ExampleGuest.boot(SevStatus.of(0x0), SnpGateRegistry.INSTANCE));
  }

  /** A registry that answers as {@code delegate}; tests override what they change. */
  private static class Wrapped implements FeatureRegistry {
    private final FeatureRegistry delegate;

    Wrapped(FeatureRegistry delegate) {
      this.delegate = delegate;
    }

    @Override
    public String guestName() {
      return delegate.guestName();
    }

    @Override
    public Catalog catalog() {
      return delegate.catalog();
    }

    @Override
    public long implReq() {
      return delegate.implReq();
    }

    @Override
    public long present() {
      return delegate.present();
    }

    @Override
    public List<FeatureDescriptor> features() {
      return delegate.features();
    }

    @Override
    public String snpgateVersion() {
      return delegate.snpgateVersion();
    }

    @Override
    public GuestFeature newFeature(int bit) {
      return delegate.newFeature(bit);
    }
  }
}
