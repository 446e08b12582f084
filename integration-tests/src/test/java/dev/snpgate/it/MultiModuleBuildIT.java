package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of a reactor of two feature libraries and a guest (src/it/multi-module), and
 * of the example guest's two flavours.
 */
class MultiModuleBuildIT {

  private static final String PACKAGE_INFO = "[ERROR] ${dir}/guest/src/main/java/com/example/guest/package-info.java:[2,1] ";

  private static void assertHasLine(GuestBuild.Result result, String line) {
    assertTrue(result.lines().contains(line), "no line\n" + line + "\nin\n" + result.output());
  }

  private static List<String> entries(Path jar, String suffix) {
    List<String> found = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> all = file.entries(); all.hasMoreElements(); ) {
        String name = all.nextElement().getName();
        if (name.endsWith(suffix)) {
          found.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  @Test
  void theGuestHasBothLibrariesFeaturesAndItsShadedJarOneManifestAndOneRegistry() {
    GuestBuild reactor = GuestBuild.copyOfProject("multi-module", "multi-module");
    GuestBuild.Result built = reactor.maven("package");
    assertEquals(0, built.exitStatus(), built.output());
    String manifest = reactor.read("guest/target/classes/META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"com.example.tsc.SecureTsc\", \"rationale\": \"The guest takes its"
        + " TSC frequency from the security processor.\", \"reference\": null, \"origin\": \"com.example:timekeeping\""),
        manifest);
    Path shaded = reactor.dir().resolve("guest/target/guest-shaded.jar");
    assertEquals(List.of("META-INF/snpgate/features.json"), entries(shaded, "features.json"));
    assertEquals(List.of("com/example/guest/SnpGateRegistry.class"), entries(shaded, "SnpGateRegistry.class"));
  }

  @Test
  void removingALibraryDependencyIsBreakingDriftNamingTheBitAndTheLibrary() {
    GuestBuild reactor = GuestBuild.copyOfProject("multi-module-removed", "multi-module");
    reactor.write("guest/pom.xml", reactor.read("guest/pom.xml").replace("<artifactId>apic</artifactId>",
        "<artifactId>apic</artifactId>\n      <scope>test</scope>"));
    GuestBuild.Result failed = reactor.maven("package");
    assertEquals(1, failed.exitStatus(), failed.output());
    // A library's class has no place in the guest's sources: the message names the library instead.
    assertHasLine(failed, "[ERROR] snpgate baseline drift (breaking): PRESENT lost bit 18 SecureAVIC (was"
        + " com.example.apic.SecureAvic@com.example:apic): this guest will now refuse hosts that enable it. Review the"
        + " change, then accept it with: mvn snpgate:accept");
  }

  @Test
  void oneBitInTwoLibrariesFailsNamingBothClassesAndLibraries() {
    GuestBuild reactor = GuestBuild.copyOfProject("multi-module-duplicate", "multi-module");
    reactor.write("apic/src/main/java/com/example/apic/Tsc.java", "package com.example.apic;\n"
        + "@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")\n"
        + "public final class Tsc implements dev.snpgate.runtime.GuestFeature {\n"
        + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n");
    GuestBuild.Result failed = reactor.maven("package");
    assertEquals(1, failed.exitStatus(), failed.output());
    assertTrue(failed.output().contains("bit 11 is implemented by both com.example.apic.Tsc (library com.example:apic) and"
        + " com.example.tsc.SecureTsc (library com.example:timekeeping); one class per bit across all modules of a guest:"
        + " remove @SnpFeature from one of them or drop one module"), failed.output());
  }

  @Test
  void aModuleCompiledAsAGuestUsedAsALibraryFailsSayingToDeclareIt() {
    GuestBuild reactor = GuestBuild.copyOfProject("multi-module-guest-as-library", "multi-module");
    reactor.write("timekeeping/src/main/java/com/example/tsc/package-info.java",
        "@dev.snpgate.annotations.SnpGuest\npackage com.example.tsc;\n");
    GuestBuild.Result failed = reactor.maven("package");
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, PACKAGE_INFO + "com.example:timekeeping on the class path was compiled as a guest (its registry"
        + " is com.example.tsc.SnpGateRegistry), so its features are in no other guest; declare that module a feature"
        + " library with @SnpLibrary (or, if it is this module's own output of an earlier build, build from clean)");
  }

  @Test
  void aContributionOfAFutureFormatFailsSayingWhichSnpgateBuiltIt() {
    GuestBuild reactor = GuestBuild.copyOfProject("multi-module-future", "multi-module");
    reactor.write("apic/src/main/java/dev/snpgate/contributions/Library_future.java",
        "package dev.snpgate.contributions;\n@dev.snpgate.annotations.SnpContribution(format = 2, snpgateVersion = \"9.0.0\","
            + " kind = \"library\", origin = \"com.example:apic\")\npublic final class Library_future {}\n");
    GuestBuild.Result failed = reactor.maven("package");
    assertEquals(1, failed.exitStatus(), failed.output());
    assertTrue(failed.output().contains("dev.snpgate.contributions.Library_future was built by snpgate 9.0.0 in"
        + " contribution format 2, which this snpgate (" + System.getProperty("snpgate.version") + ", format 1) cannot"
        + " read; rebuild that module with this snpgate version"), failed.output());
  }

  @Test
  void theExampleGuestsTwoFlavoursHaveLinux71sMasks() {
    GuestBuild example = GuestBuild.copyOfExample("example-flavours");
    GuestBuild.Result plain = example.maven("-q", "process-classes");
    assertEquals(0, plain.exitStatus(), plain.output());
    String manifest = example.read("target/classes/META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffff7dbcf8\",\n  \"present\": \"0x0000000000000880\""), manifest);
    GuestBuild.Result avic = example.maven("-q", "clean", "process-classes", "-Psecure-avic");
    assertEquals(0, avic.exitStatus(), avic.output());
    manifest = example.read("target/classes/META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffff7dbcf8\",\n  \"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"origin\": \"dev.snpgate:snpgate-example-secure-avic\""), manifest);
  }
}
