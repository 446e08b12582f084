package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Real Maven builds of two guests that adopt the checks with the processor path and the plugin
 * block alone (src/it/plugin-guests): check on every build, accept on request, at the reactor root.
 */
class PluginBuildIT {

  private static final String ACCEPT = "Review the change, then accept it with: mvn snpgate:accept";

  private static String secureTsc(String pkg) {
    return "package " + pkg + ";\n\n"
        + "import dev.snpgate.annotations.SnpFeature;\n"
        + "import dev.snpgate.runtime.GuestFeature;\n"
        + "import dev.snpgate.runtime.SevStatus;\n\n"
        + "@SnpFeature(bit = 11, rationale = \"Trusted TSC.\")\n"
        + "public final class SecureTsc implements GuestFeature {\n"
        + "  @Override\n"
        + "  public void enable(SevStatus status) {}\n"
        + "}\n";
  }

  private static void assertHasLine(GuestBuild.Result result, String line) {
    assertTrue(result.lines().contains(line), "no line\n" + line + "\nin\n" + result.output());
  }

  @Test
  void checkFailsOnAnAddedFeatureAndOneAcceptAtTheRootAcceptsEveryGuest() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-guests", "plugin-guests");
    GuestBuild.Result clean = guests.maven("process-classes");
    assertEquals(0, clean.exitStatus(), clean.output());

    guests.write("guest-a/src/main/java/a/SecureTsc.java", secureTsc("a"));
    guests.write("guest-b/src/main/java/b/SecureTsc.java", secureTsc("b"));
    GuestBuild.Result failed = guests.maven("process-classes");
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/guest-a/src/main/java/a/SecureTsc.java:[8,20] snpgate baseline drift"
        + " (compatible): PRESENT gained bit 11 SecureTSC (a.SecureTsc): this guest will now boot on hosts that enable"
        + " it. " + ACCEPT);

    GuestBuild.Result accepted = guests.maven("snpgate:accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertHasLine(accepted, "[INFO] snpgate: accepted (compatible): PRESENT gained bit 11 SecureTSC (a.SecureTsc): this"
        + " guest will now boot on hosts that enable it");
    assertHasLine(accepted, "[INFO] snpgate: accepted (compatible): PRESENT gained bit 11 SecureTSC (b.SecureTsc): this"
        + " guest will now boot on hosts that enable it");
    assertTrue(guests.read("guest-b/snpgate-baseline.txt").contains("bit 11 SecureTSC IMPL_REQUIRED present b.SecureTsc\n"));

    GuestBuild.Result next = guests.maven("process-classes");
    assertEquals(0, next.exitStatus(), next.output());
    GuestBuild.Result again = guests.maven("snpgate:accept");
    assertEquals(0, again.exitStatus(), again.output());
    assertHasLine(again, "[INFO] snpgate: the masks did not change");
  }

  @Test
  void anEditedBaselineAloneFailsAndSkipSkips() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-guests-edited", "plugin-guests");
    assertEquals(0, guests.maven("process-classes").exitStatus());
    guests.write("guest-a/snpgate-baseline.txt", guests.read("guest-a/snpgate-baseline.txt")
        .replace("PRESENT  0x0000000000000080", "PRESENT  0x0000000000000000")
        .replace("bit 7 DebugSwap IMPL_REQUIRED present a.DebugSwap", "bit 7 DebugSwap IMPL_REQUIRED absent -"));
    GuestBuild.Result failed = guests.maven("process-classes");
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[INFO] Nothing to compile - all classes are up to date.");
    assertHasLine(failed, "[ERROR] ${dir}/guest-a/src/main/java/a/DebugSwap.java:[8,20] snpgate baseline drift"
        + " (compatible): PRESENT gained bit 7 DebugSwap (a.DebugSwap): this guest will now boot on hosts that enable it. "
        + ACCEPT);
    GuestBuild.Result skipped = guests.maven("process-classes", "-Dsnpgate.skip");
    assertEquals(0, skipped.exitStatus(), skipped.output());
    assertHasLine(skipped, "[INFO] snpgate: skipped (snpgate.skip)");
  }

  @Test
  void helpDescribesBothGoals() {
    GuestBuild guests = GuestBuild.copyOfProject("plugin-guests-help", "plugin-guests");
    GuestBuild.Result help = guests.maven("-N", "snpgate:help");
    assertEquals(0, help.exitStatus(), help.output());
    assertHasLine(help, "snpgate:accept");
    assertHasLine(help, "snpgate:check");
  }
}
