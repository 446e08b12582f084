package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds in which the plugin must not lose a reviewed file nor pass a guest it did not
 * check: a merge conflict in the baseline, a write that fails half way, a build whose processor
 * did not run, and accept spelled or configured in other ways than the guide's (docs/drift-check.md).
 */
class PluginSafetyIT {

  private static final String VERSION = System.getProperty("snpgate.version");

  private static String feature(String pkg, String name, int bit) {
    return "package " + pkg + ";\n\n"
        + "@dev.snpgate.annotations.SnpFeature(bit = " + bit + ", rationale = \"For the test.\")\n"
        + "public final class " + name + " implements dev.snpgate.runtime.GuestFeature {\n"
        + "  @Override\n"
        + "  public void enable(dev.snpgate.runtime.SevStatus status) {}\n"
        + "}\n";
  }

  private static void assertOutputHas(GuestBuild.Result result, String text) {
    assertTrue(result.output().contains(text), "no\n" + text + "\nin\n" + result.output());
  }

  /** The compiler plugin block of a module, with {@code configuration} inside. */
  private static String withCompilerConfiguration(String pom, String configuration) {
    return pom.replace("</project>", "  <build><plugins><plugin>\n"
        + "    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId>\n"
        + "    <configuration>" + configuration + "</configuration>\n"
        + "  </plugin></plugins></build>\n</project>");
  }

  @Test
  void aBaselineWithAMergeConflictIsRefusedByCheckAndByAcceptAndLeftAsItWas() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-conflict", "plugin-guests");
    guests.write("guest-a/snpgate-baseline.txt", guests.read("guest-a/snpgate-baseline.txt").replace(
        "PRESENT  0x0000000000000080\n", "<<<<<<< HEAD\nPRESENT  0x0000000000000080\n=======\n"
            + "PRESENT  0x0000000000000880\n>>>>>>> feature\n"));
    byte[] conflicted = guests.bytes("guest-a/snpgate-baseline.txt");

    GuestBuild.Result checked = guests.maven("-pl", "guest-a", "process-classes");
    assertEquals(1, checked.exitStatus(), checked.output());
    assertOutputHas(checked, "[ERROR] snpgate cannot read the baseline snpgate-baseline.txt:4: '<<<<<<<' is not"
        + " IMPL_REQ, PRESENT, REQUIRED or bit. This is a problem with the file, not drift");

    GuestBuild.Result accepted = guests.maven("-pl", "guest-a", "snpgate:accept");
    assertEquals(1, accepted.exitStatus(), accepted.output());
    assertOutputHas(accepted, "[ERROR] snpgate will not replace the baseline snpgate-baseline.txt:4, which it cannot"
        + " read ('<<<<<<<' is not IMPL_REQ, PRESENT, REQUIRED or bit): it may hold a merge conflict");
    assertFalse(accepted.output().contains("the masks did not change"), accepted.output());
    assertArrayEquals(conflicted, guests.bytes("guest-a/snpgate-baseline.txt"));
  }

  @Test
  void aDocsWriteThatFailsAfterTheBaselineLeavesBothAsTheyWere() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-half-accept", "plugin-guests");
    guests.write("guest-a/src/main/java/a/SecureTsc.java", feature("a", "SecureTsc", 11));
    guests.write("guest-a/docs/behavior.md", "reviewed docs\n");
    guests.write("guest-a/docs/behavior.rst/in-the-way", "a directory where the docs go\n");
    byte[] baseline = guests.bytes("guest-a/snpgate-baseline.txt");

    GuestBuild.Result accepted = guests.maven("-pl", "guest-a", "snpgate:accept",
        "-Dsnpgate.docsDir=" + guests.dir().resolve("guest-a/docs"));
    assertEquals(1, accepted.exitStatus(), accepted.output());
    assertOutputHas(accepted, "[ERROR] snpgate cannot write docs/behavior.rst (it is a directory, not a"
        + " file), so it wrote none of the baseline and docs: every file is as it was");
    assertArrayEquals(baseline, guests.bytes("guest-a/snpgate-baseline.txt"));
    assertEquals("reviewed docs\n", guests.read("guest-a/docs/behavior.md"));
    assertEquals(List.of("behavior.md", "behavior.rst"), guests.list("guest-a/docs"));
    assertEquals(List.of("docs", "pom.xml", "snpgate-baseline.txt", "src", "target"), guests.list("guest-a"));
  }

  @Test
  void aGuestBuiltWithoutTheProcessorFailsNamingTheModuleAndTheCauses() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-no-processor", "plugin-guests");
    guests.write("guest-a/pom.xml", withCompilerConfiguration(guests.read("guest-a/pom.xml"), "<proc>none</proc>"));
    guests.write("guest-b/pom.xml", withCompilerConfiguration(guests.read("guest-b/pom.xml"),
        "<annotationProcessorPaths combine.self=\"override\"/>"));
    GuestBuild.Result built = guests.maven("-fae", "process-classes");
    assertEquals(1, built.exitStatus(), built.output());
    for (String module : new String[] {"guest-a", "guest-b"}) {
      String pkg = module.substring(module.length() - 1);
      assertOutputHas(built, "[ERROR] snpgate: module " + module + " has classes with snpgate annotations (" + pkg
          + "/DebugSwap.class), but its compilation generated no snpgate registry or contribution, so nothing was"
          + " checked. Likely causes: the module was not compiled in this build (run a phase up to process-classes);"
          + " snpgate-processor is missing from the compiler's annotationProcessorPaths; annotation processing is off"
          + " (<proc>none</proc>, -proc:none)");
    }
  }

  @Test
  void aLibraryBuiltWithoutTheProcessorFailsTheGuestWithoutInvitingAccept() {
    GuestBuild reactor = GuestBuild.copyOfProject("plugin-library-no-processor", "multi-module");
    reactor.write("apic/pom.xml", withCompilerConfiguration(reactor.read("apic/pom.xml"), "<proc>none</proc>"));
    GuestBuild.Result built = reactor.maven("process-classes");
    assertEquals(1, built.exitStatus(), built.output());
    assertOutputHas(built, "[ERROR] snpgate baseline: PRESENT lost bit 18 SecureAVIC, but its feature class"
        + " com.example.apic.SecureAvic is still on the class path with @SnpFeature: the module that holds it produced"
        + " no snpgate contribution (built with <proc>none</proc> or -proc:none, or without snpgate-processor in the"
        + " compiler's annotationProcessorPaths). Fix that module's build; do not accept this change");
  }

  @Test
  void acceptByFullCoordinatesAfterTheLifecycleIsRecognisedByCheck() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-coordinates", "plugin-guests");
    guests.write("guest-a/src/main/java/a/SecureTsc.java", feature("a", "SecureTsc", 11));
    GuestBuild.Result accepted = guests.maven("-pl", "guest-a", "process-classes",
        "dev.snpgate:snpgate-maven-plugin:" + VERSION + ":accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertOutputHas(accepted, "[INFO] snpgate: check left to snpgate:accept, which writes the baseline and docs");
    assertOutputHas(accepted, "[INFO] snpgate: accepted (compatible): PRESENT gained bit 11 SecureTSC (a.SecureTsc)");
    assertTrue(guests.read("guest-a/snpgate-baseline.txt").contains("bit 11 SecureTSC IMPL_REQUIRED present a.SecureTsc\n"));
  }

  @Test
  void acceptWorksInAProjectThatAlsoPassesTheProcessorsOptions() {
    GuestBuild guest = GuestBuild.copy("plugin-accept-with-options");
    guest.write("src/main/java/g/SecureTsc.java", feature("g", "SecureTsc", 11));
    GuestBuild.Result accepted = guest.maven("snpgate:accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertOutputHas(accepted, "[INFO] snpgate: accepted (compatible): PRESENT gained bit 11 SecureTSC (g.SecureTsc)");
    assertTrue(guest.read("snpgate-baseline.txt").contains("bit 11 SecureTSC IMPL_REQUIRED present g.SecureTsc\n"));
    GuestBuild.Result next = guest.maven("process-classes");
    assertEquals(0, next.exitStatus(), next.output());
  }

  @Test
  void thePluginsDependencyTreeHoldsNeitherTheProcessorNorJavaPoet() {
    GuestBuild any = GuestBuild.copyOfProject("plugin-dependencies", "plugin-guests");
    GuestBuild.Result tree = any.maven("-f", System.getProperty("snpgate.pluginPom"),
        "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:tree");
    assertEquals(0, tree.exitStatus(), tree.output());
    assertOutputHas(tree, "dev.snpgate:snpgate-baseline:jar:" + VERSION + ":compile");
    assertFalse(tree.output().contains("snpgate-processor"), tree.output());
    assertFalse(tree.output().toLowerCase(Locale.ROOT).contains("javapoet"), tree.output());
  }
}
