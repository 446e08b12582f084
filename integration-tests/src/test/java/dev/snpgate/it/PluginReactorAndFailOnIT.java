package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of which modules accept gives a first baseline at a reactor root, and of the
 * setting that fails the build only on changes of the masks.
 */
class PluginReactorAndFailOnIT {

  private static String debugSwap(String pkg) {
    return "package " + pkg + ";\n\n"
        + "@dev.snpgate.annotations.SnpFeature(bit = 7, rationale = \"The hardware swaps debug registers.\")\n"
        + "public final class DebugSwap implements dev.snpgate.runtime.GuestFeature {\n"
        + "  @Override\n"
        + "  public void enable(dev.snpgate.runtime.SevStatus status) {}\n"
        + "}\n";
  }

  private static String secureTsc(String pkg) {
    return debugSwap(pkg).replace("bit = 7", "bit = 11").replace("DebugSwap", "SecureTsc");
  }

  private static void assertOutputHas(GuestBuild.Result result, String text) {
    assertTrue(result.output().contains(text), "no\n" + text + "\nin\n" + result.output());
  }

  @Test
  void acceptAtTheRootSkipsAndNamesAModuleWithoutABaselineAndAcceptThereStartsOne() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-root-accept", "plugin-guests");
    guests.delete("guest-b/snpgate-baseline.txt");
    guests.write("guest-a/src/main/java/a/SecureTsc.java", secureTsc("a"));
    GuestBuild.Result accepted = guests.maven("snpgate:accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertOutputHas(accepted, "[WARNING] snpgate: skipped module guest-b: it has no baseline, and accept at a reactor root"
        + " writes only the baselines that exist. Start one with: mvn -pl guest-b -am snpgate:accept (or set"
        + " createBaseline to true in its snpgate plugin configuration)");
    assertFalse(Files.exists(guests.dir().resolve("guest-b/snpgate-baseline.txt")));
    assertTrue(guests.read("guest-a/snpgate-baseline.txt").contains("bit 11 SecureTSC IMPL_REQUIRED present a.SecureTsc\n"));

    GuestBuild.Result started = guests.maven("-pl", "guest-b", "-am", "snpgate:accept");
    assertEquals(0, started.exitStatus(), started.output());
    assertTrue(guests.read("guest-b/snpgate-baseline.txt").contains("bit 7 DebugSwap IMPL_REQUIRED present b.DebugSwap\n"));
  }

  @Test
  void acceptInAModuleWhoseSiblingsAreNotBuiltSaysToRunItFromTheRootWhereItWorks() {
    GuestBuild reactor = GuestBuild.copyOfProject("plugin-accept-siblings", "multi-module");
    GuestBuild.Result alone = reactor.maven("-f", "guest/pom.xml", "snpgate:accept");
    assertEquals(1, alone.exitStatus(), alone.output());
    assertOutputHas(alone, "snpgate: accept cannot resolve the dependencies of guest (");
    assertOutputHas(alone, "A module it depends on is not built in this run: run accept from the reactor root (mvn"
        + " snpgate:accept there, or mvn -pl :guest -am snpgate:accept)");

    GuestBuild.Result fromTheRoot = reactor.maven("dev.snpgate:snpgate-maven-plugin:" + System.getProperty("snpgate.version")
        + ":accept");
    assertEquals(0, fromTheRoot.exitStatus(), fromTheRoot.output());
    assertOutputHas(fromTheRoot, "[INFO] snpgate: the masks did not change");
  }

  @Test
  void failingOnMasksOnlyWarnsOnAMovedFeatureClassAndFailsOnANewBit() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-fail-on-masks", "plugin-guests");
    guests.delete("guest-a/src/main/java/a/DebugSwap.java");
    // Features in two packages need the guest declared, so that its registry's name stays put.
    guests.write("guest-a/src/main/java/a/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"a\")\npackage a;\n");
    guests.write("guest-a/src/main/java/a/hw/DebugSwap.java", debugSwap("a.hw"));
    GuestBuild.Result moved = guests.maven("-pl", "guest-a", "process-classes", "-Dsnpgate.failOn=masks");
    assertEquals(0, moved.exitStatus(), moved.output());
    assertOutputHas(moved, "[WARNING] ${dir}/guest-a/src/main/java/a/hw/DebugSwap.java:[4,20] snpgate baseline drift (same"
        + " hosts accepted): bit 7 changed from DebugSwap IMPL_REQUIRED a.DebugSwap to DebugSwap IMPL_REQUIRED"
        + " a.hw.DebugSwap");

    guests.write("guest-a/src/main/java/a/SecureTsc.java", secureTsc("a"));
    GuestBuild.Result added = guests.maven("-pl", "guest-a", "process-classes", "-Dsnpgate.failOn=masks");
    assertEquals(1, added.exitStatus(), added.output());
    assertOutputHas(added, "[ERROR] ${dir}/guest-a/src/main/java/a/SecureTsc.java:[4,20] snpgate baseline drift"
        + " (compatible): PRESENT gained bit 11 SecureTSC (a.SecureTsc)");
  }
}
