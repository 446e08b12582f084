package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.cli.SnpGateCli;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Required features in a real Maven reactor ({@code src/it/required-features}): a guest whose APIC
 * library requires Secure AVIC (bit 18), a requirement the guest accepts, and a guest that runs only
 * as an SEV-SNP guest. Each boots as its users run it, and the operator's {@code check} on the
 * guest's manifest decides as the guest's own gate does.
 */
class RequiredFeaturesBuildIT {

  private static final String VERSION = System.getProperty("snpgate.version");
  private static final Path SNPGATE = Path.of(System.getProperty("snpgate.itRepo"), "dev", "snpgate");
  /** The masks and the request of a decision in check's JSON, in the order check writes them. */
  private static final Pattern MASK = Pattern.compile(
      "\"(unsupportedMask|missingMask|swExitInfo1|swExitInfo2|request)\" ?: ?(?:\"(0x[0-9a-f]+)\"|(null))");

  private static GuestBuild reactor;

  @BeforeAll
  static void build() {
    reactor = GuestBuild.copyOfProject("required-features", "required-features");
    GuestBuild.Result built = reactor.maven("package");
    assertEquals(0, built.exitStatus(), built.output());
  }

  private static Path jar(String module) {
    return reactor.dir().resolve(module + "/target/" + module + "-1.jar");
  }

  private static Path runtimeJar() {
    return SNPGATE.resolve("snpgate-runtime/" + VERSION + "/snpgate-runtime-" + VERSION + ".jar");
  }

  /** The output of {@code mainClass} on {@code status}, asserting its exit status. */
  private static String boot(String mainClass, String status, int expectedExit, Path... jars) {
    List<String> classPath = new ArrayList<>();
    for (Path jar : jars) {
      classPath.add(jar.toString());
    }
    classPath.add(runtimeJar().toString());
    GuestBuild.Result run = reactor.java("-cp", String.join(File.pathSeparator, classPath), mainClass, status);
    assertEquals(expectedExit, run.exitStatus(), run.output());
    return run.output();
  }


  @Test
  void theManifestCarriesTheAcceptedRequirement() throws IOException {
    String manifest = Files.readString(reactor.dir().resolve("guest/target/classes/META-INF/snpgate/features.json"));
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"required\": \"0x0000000000040000\""), manifest);
    assertTrue(manifest.contains("\"requiredBy\": \"com.example.apic.SecureAvic@com.example:apic\""), manifest);
  }

  @Test
  void theSecureAvicOnlyGuestBootsWhereSecureAvicIsOnAndRefusesAHostThatLeavesItOff() {
    String boots = boot("com.example.guest.Boot", "0x40887", 0, jar("guest"), jar("apic"));
    assertTrue(boots.contains("boots on SEV_STATUS 0x0000000000040887"), boots);
    String refuses = boot("com.example.guest.Boot", "0x887", 3, jar("guest"), jar("apic"));
    assertTrue(refuses.contains("the hypervisor left off 1 feature this guest requires (missing mask"
        + " 0x0000000000040000): bit 18 SecureAVIC (Secure AVIC), required by com.example.apic.SecureAvic@com.example:apic:"
        + " the only interrupt controller driver this kernel has is Secure AVIC's"), refuses);
    assertTrue(refuses.contains("GHCB reason set 0, code 0 (GHCB_SEV_ES_GEN_REQ); GHCB protocol 2 or later:"
        + " SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x0, SW_EXITINFO2 0x0000000000040000"), refuses);
  }

  @Test
  void aGuestThatRunsOnlyUnderSnpStopsOnStatusZeroAndOneThatDoesNotBoots() {
    String stops = boot("com.example.snp.Boot", "0x0", 3, jar("snp-guest"));
    assertTrue(stops.contains("guest snp-only refuses to boot on SEV_STATUS 0x0000000000000000: it runs only as an"
        + " SEV-SNP guest, and SEV-SNP is not active"), stops);
    assertTrue(stops.contains("(missing mask 0x0000000000000104): bit 2 SEV-SNP (SEV-SNP enabled), required by @SnpGuest"
        + " package com.example.snp (META-INF/snpgate/behavior.md#bit-2); bit 8 NoHostIBS (Prevent host IBS), required by @SnpGuest package com.example.snp:"
        + " host IBS sampling would let the host watch this guest's branches"), stops);
    assertTrue(stops.contains("No termination request"), stops);
    String refused = boot("com.example.snp.Boot", "0x7", 3, jar("snp-guest"));
    assertTrue(refused.contains("GHCB reason set 0, code 0 (GHCB_SEV_ES_GEN_REQ); GHCB protocol 2 or later:"
        + " SW_EXITCODE 0x8000fffe, SW_EXITINFO1 0x0, SW_EXITINFO2 0x0000000000000100"), refused);
    boot("com.example.snp.Boot", "0x107", 0, jar("snp-guest"));
    String boots = boot("com.example.guest.Boot", "0x0", 0, jar("guest"), jar("apic"));
    assertTrue(boots.contains("SEV-SNP is not active"), boots);
  }

  /**
   * 10,000 random statuses for each guest (SEV-SNP on half of them, mostly bits of realistic
   * hosts): the CLI's {@code check} on the guest's jar gives the guest's own decision, masks and
   * GHCB request included (none for the SNP-only guest without SEV-SNP).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"guest, com.example.guest.SnpGateRegistry, apic", "snp-guest, com.example.snp.SnpGateRegistry, "})
  void theOperatorsCheckAgreesWithTheGuestsGateOnRandomStatuses(String module, String registryClass, String library)
      throws Exception {
    List<URL> jars = new ArrayList<>(List.of(jar(module).toUri().toURL()));
    if (library != null) {
      jars.add(jar(library).toUri().toURL());
    }
    try (URLClassLoader guest = new URLClassLoader(jars.toArray(new URL[0]), FeatureRegistry.class.getClassLoader())) {
      FeatureRegistry registry = (FeatureRegistry) guest.loadClass(registryClass).getField("INSTANCE").get(null);
      SplittableRandom random = new SplittableRandom(18);
      for (int i = 0; i < 10_000; i++) {
        long value = random.nextLong() & (random.nextBoolean() ? 0xffffffL : -1L);
        value = random.nextBoolean() ? value | 0x7 : value & ~0x4L;
        GateDecision decision = Gate.decide(SevStatus.of(value), registry);
        StringWriter out = new StringWriter();
        int exit = SnpGateCli.run(new String[] {"check", "--json", "--manifest", jar(module).toString(),
            SevStatus.hex(value)}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        String context = module + ", status " + SevStatus.hex(value) + ": " + out;
        assertEquals(decision.boots() ? 0 : 3, exit, context);
        if (decision instanceof Termination) {
          Termination termination = (Termination) decision;
          String request = termination.request() == null ? "request=null"
              : "swExitInfo1=0x" + Long.toHexString(termination.request().swExitInfo1()) + " swExitInfo2="
                  + SevStatus.hex(termination.request().swExitInfo2());
          assertEquals("unsupportedMask=" + SevStatus.hex(termination.unsupportedMask()) + " missingMask="
              + SevStatus.hex(termination.missingMask()) + " " + request, masks(out.toString()), context);
        }
      }
    }
  }

  private static String masks(String json) {
    Matcher matcher = MASK.matcher(json);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1) + "=" + (matcher.group(2) != null ? matcher.group(2) : matcher.group(3)));
    }
    return String.join(" ", found);
  }
}
