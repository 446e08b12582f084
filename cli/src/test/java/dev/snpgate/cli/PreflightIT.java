package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snpgate preflight}, run as a process against the Linux table and the example guest. */
class PreflightIT {

  @TempDir
  Path dir;

  /** {@code preflight --json --linux=RELEASE} on {@code hostFeatures}: its exit status and the linux object. */
  private static JsonNode release(String release, String hostFeatures, int exitStatus, String... more) {
    List<String> args = new ArrayList<>(List.of("preflight", "--json", "--linux=" + release, "--host-features",
        hostFeatures));
    args.addAll(List.of(more));
    JsonNode json = run(args.toArray(String[]::new)).exits(exitStatus).json();
    return json.get("linux");
  }

  @Test
  void aReleaseWithARowIsAnsweredExactly() {
    CliRun avic = run("preflight", "--linux=6.17.0", "--host-features", "SecureAVIC").exits(3).noStackTrace();
    assertTrue(avic.out().contains("\nLinux 6.17.0: refuses SecureAVIC (exact)\n"
        + "  why         Linux 6.17.0 has a row of its own\n"
        + "  refuses SecureAVIC as:\n"
        + "    Linux 6.17.0 (merge: Secure AVIC not yet merged (its pull is for 6.18-rc1))\n"
        + "    bit 18 SecureAVIC (SEV_FEATURES bit 16): needs guest code, which this release does not have\n"
        + "    to boot it, turn off SecureAVIC: host SEV_FEATURES 0x0000000000000001\n"), avic.describe());
    assertTrue(avic.out().endsWith("\nresult          Linux 6.17.0 refuses this host (exact)\n"),
        avic.describe());
    JsonNode refuses = release("6.17.0", "SecureAVIC", 3);
    assertEquals("exact", refuses.get("verdict").textValue());
    assertEquals("refuse", refuses.get("outcome").textValue());
    assertEquals("merge", refuses.get("outcomes").get(0).get("rows").get(0).get("source").textValue());
    for (String release : new String[] {"6.18.17", "7.1.3"}) {
      JsonNode boots = release(release, "IBPBOnEntry", 0);
      assertEquals("exact", boots.get("verdict").textValue(), boots.toString());
      assertEquals("boot", boots.get("outcome").textValue(), boots.toString());
      assertEquals(1, boots.get("outcomes").size(), "both configs boot: " + boots);
    }
  }

  @Test
  void aConfigOptionNotGivenLeavesAReleaseUndeterminedWhereItDecides() {
    CliRun run = run("preflight", "--linux", "6.18.2", "--host-features", "SecureAVIC").exits(4).noStackTrace();
    assertTrue(run.out().contains("\nLinux 6.18.2: undetermined\n"
        + "  why         Linux 6.18.2 has a row of its own; these rows answer differently\n"
        + "  refuses SecureAVIC if it is like:\n"
        + "    Linux 6.18.2 with CONFIG_AMD_SECURE_AVIC=n (read: Secure AVIC bit 18 defined; implemented only with the"
        + " config option)\n"
        + "    bit 18 SecureAVIC (SEV_FEATURES bit 16): needs guest code, which this release has only when built with"
        + " CONFIG_AMD_SECURE_AVIC=y\n"
        + "    to boot it, turn off SecureAVIC: host SEV_FEATURES 0x0000000000000001\n"
        + "  boots if it is like:\n"
        + "    Linux 6.18.2 with CONFIG_AMD_SECURE_AVIC=y (read)\n"
        + "  to decide   CONFIG_AMD_SECURE_AVIC decides: give --linux-config CONFIG_AMD_SECURE_AVIC=n or --linux-config"
        + " CONFIG_AMD_SECURE_AVIC=y\n"), run.describe());
    assertTrue(run.out().endsWith("\nresult          Linux 6.18.2 may boot or refuse this host: undetermined\n"),
        run.describe());
    JsonNode undetermined = release("6.18.2", "SecureAVIC", 4);
    assertEquals("undetermined", undetermined.get("verdict").textValue());
    assertTrue(undetermined.get("outcome").isNull());
    assertEquals(2, undetermined.get("outcomes").size());
    JsonNode with = release("6.18.2", "SecureAVIC", 0, "--linux-config", "CONFIG_AMD_SECURE_AVIC=y");
    assertEquals("exact", with.get("verdict").textValue());
    assertEquals("boot", with.get("outcome").textValue());
    JsonNode without = release("6.18.2", "SecureAVIC", 3, "--linux-config", "CONFIG_AMD_SECURE_AVIC=n");
    assertEquals("exact", without.get("verdict").textValue());
    assertEquals("refuse", without.get("outcome").textValue());
  }

  @Test
  void aStableReleaseWithoutARowTakesTheNearestRowBelowInItsSeries() {
    CliRun run = run("preflight", "--linux=6.18.20", "--host-features", "IBPBOnEntry").exits(0).noStackTrace();
    assertTrue(run.out().contains("\nLinux 6.18.20: boots (inferred)\n"
        + "  why         6.18.20 has no row of its own; it takes the nearest row below it in its stable series,"
        + " 6.18.17 (stable releases carry the changes of those before them)\n"
        + "  boots as:\n"
        + "    Linux 6.18.17 with CONFIG_AMD_SECURE_AVIC=n (announced: stable backport of IBPB-on-Entry)\n"
        + "    Linux 6.18.17 with CONFIG_AMD_SECURE_AVIC=y (announced)\n"), run.describe());
    JsonNode inferred = release("6.18.20", "IBPBOnEntry", 0);
    assertEquals("inferred", inferred.get("verdict").textValue());
    assertEquals("boot", inferred.get("outcome").textValue());
  }

  @Test
  void aReleaseTheRowsAroundItAnswerDifferentlyForIsUndetermined() {
    CliRun between = run("preflight", "--linux=6.18.10", "--host-features", "IBPBOnEntry").exits(4).noStackTrace();
    assertTrue(between.out().contains("\nLinux 6.18.10: undetermined\n"
        + "  why         6.18.10 has no row of its own; it takes the nearest row below it in its stable series, 6.18.2"
        + " (stable releases carry the changes of those before them); it may also be like the series' rows 6.18.17"
        + " (announced); these rows answer differently\n"
        + "  refuses IBPBOnEntry if it is like:\n"), between.describe());
    assertTrue(between.out().contains("\n  boots if it is like:\n"
        + "    Linux 6.18.17 with CONFIG_AMD_SECURE_AVIC=n (announced: stable backport of IBPB-on-Entry)\n"
        + "    Linux 6.18.17 with CONFIG_AMD_SECURE_AVIC=y (announced)\n"
        + "  to decide   the table cannot tell: read the release's arch/x86/boot/compressed/sev.c"
        + " (SNP_FEATURES_IMPL_REQ and SNP_FEATURES_PRESENT), or boot it on this host\n"), between.describe());
    Map<String, String> rowsThatDiffer = Map.of("6.18.10", "6.18.17", "6.12.40", "6.12.y", "6.19.5", "6.19.y");
    for (Map.Entry<String, String> release : rowsThatDiffer.entrySet()) {
      JsonNode linux = release(release.getKey(), "IBPBOnEntry", 4);
      assertEquals("undetermined", linux.get("verdict").textValue(), linux.toString());
      assertTrue(linux.get("outcome").isNull(), linux.toString());
      assertEquals("refuse", linux.get("outcomes").get(0).get("outcome").textValue(), linux.toString());
      JsonNode boots = linux.get("outcomes").get(1);
      assertEquals("boot", boots.get("outcome").textValue(), linux.toString());
      assertEquals(release.getValue(), boots.get("rows").get(0).get("release").textValue(), linux.toString());
    }
    JsonNode withoutTheBit = release("6.12.40", "DebugSwap", 0);
    assertEquals("inferred", withoutTheBit.get("verdict").textValue(),
        "where the rows that may describe it agree, the release is inferred: " + withoutTheBit);
  }

  @Test
  void everyRowSaysHowItWasLearnedAndTheSummaryCountsReleases() {
    CliRun run = run("preflight", "--linux", "--host-features", "0x200000").exits(3).noStackTrace();
    assertTrue(run.out().contains("\n  Linux 6.2.1: refuses IBPBOnEntry (read: feature negotiation added (the seed"
        + " patch, v3 merged as 8c29f0165405); nothing implemented)\n"
        + "    bit 23 IBPBOnEntry (SEV_FEATURES bit 21): needs no guest code, but this release's IMPL_REQ holds it:"
        + " the release treats the bit as reserved and refuses it (fail closed)\n"
        + "    to boot it, turn off IBPBOnEntry: host SEV_FEATURES 0x0000000000000001\n"), run.describe());
    assertTrue(run.out().contains("\n  Linux 6.12.y: boots (posted: IBPB-on-Entry backport posted for 6.12.y (March"
        + " 2026))\n"), run.describe());
    assertTrue(run.out().contains("\nLinux summary   refuse 6.2.1 to 6.6.9; boot 6.6.y; refuse 6.8.0 to 6.12.0; boot"
        + " 6.12.y; refuse 6.13.7 to 6.18.2; boot 6.18.17; refuse 6.19.0; boot 6.19.y to 7.1.3\n"), run.describe());
    assertTrue(run.out().contains("\n  6.18-rc1 (pull \"x86/apic for v6.18-rc1\", merge 22bdd6e68bbe). IBPB-on-Entry"
        + " (upstream\n"), "the table's provenance is printed: " + run.describe());
    assertTrue(run.out().endsWith("\nresult          13 of 19 Linux releases of the table refuse this host (with at"
        + " least one config)\n"), run.describe());
    assertEquals(run.out(), run("preflight", "--linux", "--host-features", "IBPBOnEntry").exits(3).out(),
        "a name and a number for the same features are one host");
    CliRun avic = run("preflight", "--linux", "--host-features", "0x10000").exits(3);
    assertTrue(avic.out().contains("; 6.18.2 to 7.1.3: refuse with CONFIG_AMD_SECURE_AVIC=n, boot with"
        + " CONFIG_AMD_SECURE_AVIC=y\n"), avic.describe());
    CliRun avicOnly = run("preflight", "--linux", "--linux-config", "CONFIG_AMD_SECURE_AVIC=y", "--host-features",
        "0x10000").exits(3);
    assertFalse(avicOnly.out().contains("with CONFIG_AMD_SECURE_AVIC=n"), avicOnly.describe());
    assertTrue(avicOnly.out().contains("\nLinux summary   refuse 6.2.1 to 6.17.0; boot 6.18.2 to 7.1.3\n"),
        avicOnly.describe());
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
    assertTrue(refuses.out().endsWith("\nresult          2 of 2 guests refuse this host\n"), refuses.describe());
  }

  @Test
  void jsonHasEachVerdict() {
    JsonNode json = run("preflight", "--json", "--linux", "--manifest", ExampleGuestFiles.manifest().toString(),
        "--host-features", "0x200000").exits(3).json();
    assertEquals("preflight", json.get("command").textValue());
    assertEquals("0x0000000000200001", json.get("hostFeatures").textValue());
    assertEquals("0x0000000000800007", json.get("guestStatus").textValue());
    JsonNode guest = json.get("guests").get(0);
    assertEquals("exact", guest.get("verdict").textValue());
    assertEquals("boot", guest.get("outcome").textValue());
    assertEquals(1, json.get("guestsChecked").intValue());
    assertEquals(0, json.get("guestsRefusing").intValue());
    JsonNode linux = json.get("linux");
    JsonNode first = linux.get("rows").get(0);
    assertEquals("6.2.1", first.get("release").textValue());
    assertEquals("read", first.get("source").textValue());
    assertEquals("refuse", first.get("outcome").textValue());
    assertEquals(21, first.get("refusing").get(0).get("sevFeaturesBit").intValue());
    assertEquals("0x0000000000000001", first.get("turnOff").get("hostFeatures").textValue());
    assertTrue(first.get("turnOff").get("boots").booleanValue());
    assertEquals(19, linux.get("releases").intValue());
    assertEquals(13, linux.get("refusing").intValue());
    assertTrue(linux.get("provenance").get(0).textValue().startsWith("Linux SEV-SNP guest feature masks by kernel release"));
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
    CliRun distro = run("preflight", "--linux=6.8.0-45-generic", "--host-features", "0x1").exits(2).noStackTrace();
    assertTrue(distro.err().contains("--linux '6.8.0-45-generic' is not an upstream Linux release: give"
        + " major.minor.patch"), distro.describe());
    CliRun option = run("preflight", "--linux", "--linux-config", "CONFIG_X86=y", "--host-features", "0x1").exits(2)
        .noStackTrace();
    assertTrue(option.err().contains("--linux-config CONFIG_X86=y: the Linux table has no row that depends on"
        + " CONFIG_X86; give one of CONFIG_AMD_SECURE_AVIC=n, CONFIG_AMD_SECURE_AVIC=y"), option.describe());
    run("preflight", "--linux", "--linux-config", "CONFIG_AMD_SECURE_AVIC=m", "--host-features", "0x1").exits(2)
        .noStackTrace();
    run("preflight", "--linux-config", "CONFIG_AMD_SECURE_AVIC=y", "--manifest", "x.json", "--host-features", "0x1")
        .exits(2).noStackTrace();
    Path broken = ManifestFixtures.text(dir, "broken.json", "[]");
    CliRun manifest = run("preflight", "--manifest", broken.toString(), "--host-features", "0x1").exits(2).noStackTrace();
    assertTrue(manifest.err().contains("cannot use manifest " + broken + ": it is a JSON array, not an object"),
        manifest.describe());
  }
}
