package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drift check in real Maven builds of a small guest: exit status and the exact lines of each
 * message. Every normal build leaves the files outside {@code target/} as they were.
 */
class BaselineBuildIT {

  private static final String ACCEPT = "Review the change, then accept it with: mvn process-classes"
      + " -Dsnpgate.updateBaseline=true";

  private static final String SECURE_TSC = String.join("\n",
      "package g;",
      "",
      "import dev.snpgate.annotations.SnpFeature;",
      "import dev.snpgate.runtime.GuestFeature;",
      "import dev.snpgate.runtime.SevStatus;",
      "",
      "@SnpFeature(bit = 11)",
      "public final class SecureTsc implements GuestFeature {",
      "  @Override",
      "  public void enable(SevStatus status) {}",
      "}",
      "");

  /** A normal build, checking that it wrote nothing outside target/. */
  private static GuestBuild.Result normalBuild(GuestBuild guest) {
    Map<String, String> before = guest.filesOutsideTarget();
    GuestBuild.Result result = guest.maven("process-classes");
    assertEquals(before, guest.filesOutsideTarget(), "a normal build wrote outside target/");
    return result;
  }

  /** The guest's package-info.java with one catalog override, its attributes on lines 2 and 3. */
  private static void writeOverride(GuestBuild guest, String firstLine, String secondLine) {
    guest.write("src/main/java/g/package-info.java", String.join("\n",
        "@SnpGuest(name = \"it-guest\")",
        "@SnpCatalogOverride(" + firstLine,
        secondLine,
        "package g;",
        "",
        "import dev.snpgate.annotations.SnpCatalogOverride;",
        "import dev.snpgate.annotations.SnpGuest;",
        ""));
  }

  private static void assertHasLine(GuestBuild.Result result, String line) {
    assertTrue(result.lines().contains(line), "no line\n" + line + "\nin\n" + result.output());
  }

  @Test
  void matchingBaselinePasses() {
    GuestBuild guest = GuestBuild.copy("matching");
    GuestBuild.Result result = normalBuild(guest);
    assertEquals(0, result.exitStatus(), result.output());
    assertTrue(guest.read("target/classes/META-INF/snpgate/features.json").contains("\"present\": \"0x0000000000000080\""));
  }

  @Test
  void addedFeatureFailsWithTheClassifiedDiffAndTheUpdateAcceptsIt() {
    GuestBuild guest = GuestBuild.copy("added-feature");
    guest.write("src/main/java/g/SecureTsc.java", SECURE_TSC);
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/SecureTsc.java:[8,14] snpgate baseline drift (compatible):"
        + " PRESENT gained bit 11 SecureTSC (g.SecureTsc): this guest will now boot on hosts that enable it. " + ACCEPT);

    GuestBuild.Result update = guest.maven("process-classes", "-Dsnpgate.updateBaseline=true");
    assertEquals(0, update.exitStatus(), update.output());
    assertHasLine(update, "[INFO] snpgate wrote the baseline snpgate-baseline.txt: IMPL_REQ 0xffffffffff7dbcf8,"
        + " PRESENT 0x0000000000000880");
    assertTrue(guest.read("snpgate-baseline.txt").contains("bit 11 SecureTSC IMPL_REQUIRED present g.SecureTsc\n"));

    GuestBuild.Result after = normalBuild(guest);
    assertEquals(0, after.exitStatus(), after.output());
  }

  @Test
  void removedFeatureIsBreaking() {
    GuestBuild guest = GuestBuild.copy("removed-feature");
    guest.delete("src/main/java/g/DebugSwap.java");
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/package-info.java:[2,1] snpgate baseline drift (breaking):"
        + " PRESENT lost bit 7 DebugSwap (was g.DebugSwap): this guest will now refuse hosts that enable it. " + ACCEPT);
  }

  @Test
  void changedBaselineAloneFailsAlthoughJavacHasNothingToCompile() {
    GuestBuild guest = GuestBuild.copy("baseline-alone");
    assertEquals(0, normalBuild(guest).exitStatus());
    guest.write("snpgate-baseline.txt", guest.read("snpgate-baseline.txt")
        .replace("PRESENT  0x0000000000000080", "PRESENT  0x0000000000000000")
        .replace("bit 7 DebugSwap IMPL_REQUIRED present g.DebugSwap", "bit 7 DebugSwap IMPL_REQUIRED absent -"));
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[INFO] Nothing to compile - all classes are up to date.");
    // The Maven plugin's check, at the feature class like the compiler's messages.
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/DebugSwap.java:[8,20] snpgate baseline drift (compatible):"
        + " PRESENT gained bit 7 DebugSwap (g.DebugSwap): this guest will now boot on hosts that enable it. Review the"
        + " change, then accept it with: mvn snpgate:accept");
  }

  @Test
  void missingBaselineFailsWithTheCommandThatCreatesIt() {
    GuestBuild guest = GuestBuild.copy("missing-baseline");
    guest.delete("snpgate-baseline.txt");
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/package-info.java:[2,1] snpgate baseline"
        + " snpgate-baseline.txt does not exist; review the masks this build computed, then create it with:"
        + " mvn process-classes -Dsnpgate.updateBaseline=true");
  }

  @Test
  void malformedBaselineFailsNamingTheLine() {
    GuestBuild guest = GuestBuild.copy("malformed-baseline");
    guest.write("snpgate-baseline.txt", guest.read("snpgate-baseline.txt").replace("bit 9 BTBIsol NO_IMPL_NEEDED",
        "bit 9 BTBIsol OPTIONAL"));
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/package-info.java:[2,1] snpgate cannot read the baseline"
        + " snpgate-baseline.txt:12: 'OPTIONAL' is not a tier (IMPL_REQUIRED, NO_IMPL_NEEDED, RESERVED). This is a"
        + " problem with the file, not drift (a merge conflict or a hand edit?): fix that line, or delete the file and"
        + " create it anew with: mvn process-classes -Dsnpgate.updateBaseline=true");
  }

  @Test
  void wrongHandWrittenMaskFailsWithTheExpectedValue() {
    GuestBuild guest = GuestBuild.copy("hand-written-mask");
    guest.write("src/main/java/g/LegacyMasks.java", String.join("\n",
        "package g;",
        "",
        "import dev.snpgate.annotations.SnpMask;",
        "",
        "final class LegacyMasks {",
        "  @SnpMask(SnpMask.Kind.PRESENT)",
        "  static final long SNP_FEATURES_PRESENT = 0x0000000000000880L;",
        "}",
        ""));
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/LegacyMasks.java:[6,3] g.LegacyMasks.SNP_FEATURES_PRESENT is"
        + " 0x0000000000000880, but the PRESENT snpgate generates is 0x0000000000000080 (write 0x0000000000000080L):"
        + " bit 11 SecureTSC should not be here");
  }

  @Test
  void overrideOfReservedBit24DropsItFromImplReq() {
    GuestBuild guest = GuestBuild.copy("override-24");
    writeOverride(guest, "bit = 24, name = \"FutureFeat\", tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED,",
        "    reference = \"AMD APM rev 3.99\")");
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/package-info.java:[4,1] snpgate baseline drift (compatible):"
        + " IMPL_REQ lost bit 24 FutureFeat: this guest will now boot on hosts that enable it without guest code. "
        + ACCEPT);
    assertEquals(0, guest.maven("process-classes", "-Dsnpgate.updateBaseline=true").exitStatus());
    assertTrue(guest.read("snpgate-baseline.txt").contains("IMPL_REQ 0xfffffffffe7dbcf8\n"));
    assertTrue(guest.read("target/classes/META-INF/snpgate/features.json").contains("\"implReq\": \"0xfffffffffe7dbcf8\""));
  }

  @Test
  void overrideOfBit23FailsQuotingTheCatalog() {
    GuestBuild guest = GuestBuild.copy("override-23");
    writeOverride(guest, "bit = 23, name = \"IbpbEntry\", tier = SnpCatalogOverride.Tier.IMPL_REQUIRED,",
        "    reference = \"mine\")");
    GuestBuild.Result failed = normalBuild(guest);
    assertEquals(1, failed.exitStatus(), failed.output());
    assertHasLine(failed, "[ERROR] ${dir}/src/main/java/g/package-info.java:[2,27] bit 23 is already defined by the"
        + " built-in catalog as IBPBOnEntry (NO_IMPL_NEEDED); an override may only define a reserved bit: remove this"
        + " override");
  }
}
