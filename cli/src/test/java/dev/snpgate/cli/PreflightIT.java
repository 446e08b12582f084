package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snpgate preflight}, run as a process against the Linux table and the example guest. */
class PreflightIT {

  @TempDir
  Path dir;

  @Test
  void ibpbOnEntryIsRefusedBy62To619AndBootsFrom70() {
    // IBPB-on-Entry: SEV_FEATURES bit 21, SEV_STATUS bit 23.
    CliRun run = run("preflight", "--linux", "--host-features", "0x200000").exits(3).noStackTrace();
    assertTrue(run.out().contains("\nLinux summary   refuse 6.2.1 to 6.19.0; boot 7.0.0 to 7.1.3\n"), run.describe());
    assertTrue(run.out().contains("\n  Linux 6.2.1 to 6.5.0: refuses IBPBOnEntry (read 6.2.1 and 6.5.0; releases between"
        + " them inferred)\n    bit 23 IBPBOnEntry (SEV_FEATURES bit 21): needs no guest code, but this release's"
        + " IMPL_REQ holds it: the release treats the bit as reserved and refuses it (fail closed)\n"
        + "    to boot it, turn off IBPBOnEntry: host SEV_FEATURES 0x0000000000000001\n"), run.describe());
    assertTrue(run.out().contains("\n  Linux 6.14.0: refuses IBPBOnEntry (read 6.14.0)\n"), run.describe());
    assertTrue(run.out().contains("\n  Linux 7.0.0 to 7.1.3 with CONFIG_AMD_SECURE_AVIC=n: boots (read 7.0.0 and 7.1.3;"
        + " releases between them inferred)\n"), run.describe());
    assertTrue(run.out().contains("\nnot read        releases between 6.5.0 and 6.6.9, between 6.13.7 and 6.14.0,"
        + " between 6.14.0 and 6.17.0, between 6.19.0 and 7.0.0, after 7.1.3: verdicts for them are inferred from the"
        + " rows around them\n"), run.describe());
    assertTrue(run.out().contains("\n  6.1 longterm backport (Android 6.1.90 tree): same masks as the 6.2.1 row.\n"),
        "the table's provenance is printed: " + run.describe());
    assertTrue(run.out().endsWith("\nresult          5 of 7 refuse this host\n"), run.describe());
    assertEquals(run.out(), run("preflight", "--linux", "--host-features", "IBPBOnEntry").exits(3).out(),
        "a name and a number for the same features are one host");
  }

  @Test
  void secureAvicSeparatesEachReleasesTwoFlavours() {
    // Secure AVIC: SEV_FEATURES bit 16, SEV_STATUS bit 18.
    CliRun run = run("preflight", "--linux", "--host-features", "0x10000").exits(3).noStackTrace();
    assertTrue(run.out().contains("\nLinux summary   refuse 6.2.1 to 6.14.0; 6.17.0 to 7.1.3: refuse with"
        + " CONFIG_AMD_SECURE_AVIC=n, boot with CONFIG_AMD_SECURE_AVIC=y\n"), run.describe());
    for (String releases : new String[] {"6.17.0 to 6.19.0", "7.0.0 to 7.1.3"}) {
      assertTrue(run.out().contains("\n  Linux " + releases + " with CONFIG_AMD_SECURE_AVIC=n: refuses SecureAVIC"),
          run.describe());
      assertTrue(run.out().contains("\n  Linux " + releases + " with CONFIG_AMD_SECURE_AVIC=y: boots"), run.describe());
    }
    assertTrue(run.out().contains("    bit 18 SecureAVIC (SEV_FEATURES bit 16): needs guest code, which these releases"
        + " have only when built with CONFIG_AMD_SECURE_AVIC=y\n"), run.describe());
  }

  @Test
  void bothChangesTogetherLeaveOnly70WithSecureAvic() {
    CliRun run = run("preflight", "--linux", "--host-features", "SecureAVIC, IBPBOnEntry").exits(3);
    assertTrue(run.out().contains("\nLinux summary   refuse 6.2.1 to 6.19.0; 7.0.0 to 7.1.3: refuse with"
        + " CONFIG_AMD_SECURE_AVIC=n, boot with CONFIG_AMD_SECURE_AVIC=y\n"), run.describe());
    assertTrue(run.out().contains("to boot it, turn off SecureAVIC, IBPBOnEntry: host SEV_FEATURES 0x0000000000000001"),
        run.describe());
  }

  @Test
  void guestManifestsAreCheckedOneByOne() {
    String manifest = ExampleGuestFiles.manifest().toString();
    String jar = ExampleGuestFiles.jar().toString();
    // DebugSwap (5) and SecureTSC (9) boot the example guest; VmplSSS (8) it lacks.
    CliRun boots = run("preflight", "--manifest", manifest, "--host-features", "DebugSwap,SecureTSC").exits(0);
    assertTrue(boots.out().contains("\nguest example-guest (manifest " + manifest + "): boots\n"), boots.describe());
    assertTrue(boots.out().endsWith("\nresult          every guest boots\n"), boots.describe());
    CliRun refuses = run("preflight", "--manifest", manifest, "--manifest", jar, "--host-features", "0x320").exits(3);
    assertTrue(refuses.out().contains("\nguest example-guest (manifest " + jar + "): refuses VmplSSS\n"
        + "    bit 10 VmplSSS (SEV_FEATURES bit 8): a feature that needs guest code, and this guest has no"
        + " implementation of it\n"
        + "    to boot it, turn off VmplSSS: host SEV_FEATURES 0x0000000000000221\n"), refuses.describe());
    assertTrue(refuses.out().endsWith("\nresult          2 of 2 refuse this host\n"), refuses.describe());
  }

  @Test
  void jsonHasEachVerdict() {
    JsonNode json = run("preflight", "--json", "--linux", "--manifest", ExampleGuestFiles.manifest().toString(),
        "--host-features", "0x200000").exits(3).json();
    assertEquals("preflight", json.get("command").textValue());
    assertEquals("0x0000000000200001", json.get("hostFeatures").textValue());
    assertEquals("0x0000000000800007", json.get("guestStatus").textValue());
    assertEquals("boot", json.get("guests").get(0).get("verdict").textValue());
    JsonNode linux = json.get("linux");
    assertEquals("refuse 6.2.1 to 6.19.0; boot 7.0.0 to 7.1.3", linux.get("summary").textValue());
    JsonNode first = linux.get("releases").get(0);
    assertEquals("6.2.1", first.get("firstRead").textValue());
    assertTrue(first.get("betweenInferred").booleanValue());
    assertEquals("refuse", first.get("verdict").textValue());
    assertEquals(21, first.get("refusing").get(0).get("sevFeaturesBit").intValue());
    assertEquals("0x0000000000000001", first.get("turnOff").get("hostFeatures").textValue());
    assertTrue(first.get("turnOff").get("boots").booleanValue());
    assertEquals("boot", linux.get("releases").get(6).get("verdict").textValue());
    assertTrue(linux.get("provenance").get(0).textValue().startsWith("Linux SEV-SNP guest feature masks by kernel version"));
    assertEquals(5, json.get("refusing").intValue());
    assertEquals(8, json.get("checked").intValue());
  }

  @Test
  void badHostFeaturesAndNothingToCheckAreBadInput() {
    CliRun nothing = run("preflight", "--host-features", "0x1").exits(2).noStackTrace();
    assertTrue(nothing.err().contains("nothing to check: give --manifest M (one or more) or --linux"), nothing.describe());
    CliRun unknown = run("preflight", "--linux", "--host-features", "SecureTsx").exits(2).noStackTrace();
    assertTrue(unknown.err().contains("'SecureTsx' is not the name of a SEV feature"), unknown.describe());
    CliRun state = run("preflight", "--linux", "--host-features", "SEV-ES").exits(2).noStackTrace();
    assertTrue(state.err().contains("SEV-ES (SEV_STATUS bit 1) has no SEV_FEATURES bit"), state.describe());
    run("preflight", "--linux", "--host-features", "0x4000000000000000").exits(2).noStackTrace();
    run("preflight", "--linux", "--host-features", "-1").exits(2).noStackTrace();
    run("preflight", "--linux", "--host-features", "SecureAVIC,").exits(2).noStackTrace();
    run("preflight", "--linux").exits(2).noStackTrace();
    Path broken = ManifestFixtures.text(dir, "broken.json", "[]");
    CliRun manifest = run("preflight", "--manifest", broken.toString(), "--host-features", "0x1").exits(2).noStackTrace();
    assertTrue(manifest.err().contains("cannot use manifest " + broken + ": it is a JSON array, not an object"),
        manifest.describe());
  }
}
