package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snpgate check}, run as a process on the example guest's manifest, its jar, and broken ones. */
class CheckIT {

  @TempDir
  Path dir;

  private static String manifest() {
    return ExampleGuestFiles.manifest().toString();
  }

  @Test
  void bootsNamingEachFeatureItsImplementationAndWhy() {
    CliRun run = run("check", "--manifest", manifest(), "0x987").exits(0).noStackTrace();
    assertTrue(run.out().startsWith("guest         example-guest  (manifest " + manifest() + ")\n"
        + "SEV_STATUS    0x0000000000000987  SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC\n"
        + "IMPL_REQ      0xffffffffff7dbcf8\n"), run.describe());
    assertTrue(run.out().contains("\ndecision      boot\n"
        + "  enabled  bit 7 DebugSwap (dev.snpgate.examples.guest.features.DebugSwap): With DebugSwap the hardware"
        + " swaps the debug registers"), run.describe());
    assertTrue(run.out().contains("\n  enabled  bit 8 NoHostIBS: no guest code needed\n"), run.describe());
    assertTrue(run.out().contains("\nmessage       SEV-SNP guest example-guest boots on SEV_STATUS 0x0000000000000987"),
        run.describe());
  }

  @Test
  void theGuestsJarTerminatesNamingEveryBitWhyAndTheGhcbRequest() {
    CliRun run = run("check", "--manifest", ExampleGuestFiles.jar().toString(), "0x200002017").exits(3).noStackTrace();
    assertTrue(run.out().contains("\ndecision      terminate: the guest refuses this host (unsupported mask"
        + " 0x0000000200002010)\n"
        + "  bit 4 ReflectVC (Reflect #VC) (SEV_FEATURES bit 2): a feature that needs guest code, and this guest has"
        + " no implementation of it (META-INF/snpgate/behavior.md#bit-4)\n"
        + "  reserved bit 13 (SEV_FEATURES bit 11): reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-13)\n"
        + "  reserved bit 33 (SEV_FEATURES bit 31): reserved, so refused until it is defined (fail closed)"
        + " (META-INF/snpgate/behavior.md#bit-33)\n"
        + "  GHCB request, GHCB protocol >= 2: SW_EXITCODE 0x8000fffe SW_EXITINFO1 0x20 SW_EXITINFO2 0x0000000200002010\n"
        + "  GHCB request, GHCB protocol 1: MSR 0xc0010130 = 0x20100\n"), run.describe());
  }

  @Test
  void snpInactiveBoots() {
    CliRun run = run("check", "--manifest", manifest(), "3").exits(0);
    assertTrue(run.out().contains("\ndecision      boot: SEV-SNP is not active"), run.describe());
  }

  @Test
  void everyFormOfStatusIsAccepted() {
    run("check", "--manifest", manifest(), "SEV: Status: SEV SEV-ES SEV-SNP VmplSSS").exits(3).noStackTrace();
    run("check", "--manifest", manifest(), "2183").exits(0).noStackTrace();
    CliRun overflow = run("check", "--manifest", manifest(), "0x10000000000000000").exits(2).noStackTrace();
    assertTrue(overflow.err().contains("wider than 64 bits"), overflow.describe());
    run("check", "--manifest", manifest(), "-7").exits(2).noStackTrace();
    run("check", "--manifest", manifest(), "seven").exits(2).noStackTrace();
  }

  @Test
  void aKernelLineIsALowerBoundAndABootFromItSaysSo() {
    CliRun run = run("check", "--manifest", manifest(), "SEV: Status: SEV SEV-ES SEV-SNP DebugSwap").exits(0)
        .noStackTrace();
    assertTrue(run.out().contains("\nSEV_STATUS    0x0000000000000087  SEV SEV-ES SEV-SNP DebugSwap\n"
        + "given as      the kernel's line: it names only the bits Linux has a name for, so set bits it has no name"
        + " for (reserved bits) could not be seen: a lower bound of SEV_STATUS; the decision below is for the bits"
        + " seen\n"), run.describe());
    assertTrue(run.out().contains("\ndecision      boot\n"), run.describe());
    JsonNode json = run("check", "--json", "--manifest", manifest(), "SEV: Status: SEV SEV-ES SEV-SNP DebugSwap")
        .exits(0).json();
    assertEquals(false, json.get("complete").booleanValue());
    assertEquals(true, run("check", "--json", "--manifest", manifest(), "0x87").exits(0).json().get("complete")
        .booleanValue());
    assertFalse(run("check", "--manifest", manifest(), "0x87").exits(0).out().contains("lower bound"));
  }

  @Test
  void agreesWithTheExampleGuestItselfOnItsDocumentedStatuses() {
    Path guest = ExampleGuestFiles.jar();
    for (String status : List.of("0x987", "0x887", "0x200002017", "0x3", "0x40887", "0x800007", "0xffffffffffffffff")) {
      CliRun booted = SnpGateProcess.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-jar", guest.toString(), status), java.util.Map.of(), null, "example guest " + status);
      CliRun checked = run("check", "--manifest", guest.toString(), status);
      assertEquals(booted.exitStatus(), checked.exitStatus(), booted.describe() + checked.describe());
      String guestSays = lastLine(booted.out());
      assertTrue(checked.out().contains("\nmessage       " + guestSays + "\n"), booted.describe() + checked.describe());
    }
  }

  @Test
  void jsonHasTheDecisionsFacts() {
    JsonNode json = run("check", "--json", "--manifest", manifest(), "0x200002017").exits(3).json();
    assertEquals("check", json.get("command").textValue());
    assertEquals(3, json.get("exitStatus").intValue());
    assertEquals("example-guest", json.get("guest").textValue());
    assertEquals("terminate", json.get("decision").textValue());
    assertEquals("0x0000000200002010", json.get("unsupportedMask").textValue());
    JsonNode reflectVc = json.get("unsupported").get(0);
    assertEquals(4, reflectVc.get("bit").intValue());
    assertEquals(2, reflectVc.get("sevFeaturesBit").intValue());
    assertEquals("ReflectVC", reflectVc.get("name").textValue());
    assertEquals(false, reflectVc.get("reserved").booleanValue());
    assertTrue(json.get("unsupported").get(1).get("reserved").booleanValue());
    assertEquals("0x20", json.get("request").get("swExitInfo1").textValue());
    assertEquals("0x20100", json.get("request").get("msrProtocolValue").textValue());
    JsonNode boot = run("check", "--json", "--manifest", manifest(), "0x987").exits(0).json();
    assertEquals("boot", boot.get("decision").textValue());
    assertEquals("dev.snpgate.examples.guest.features.SecureTsc",
        boot.get("enabledFeatures").get(1).get("implementation").textValue());
    assertEquals("snp-inactive", run("check", "--json", "--manifest", manifest(), "0x1").json().get("decision").textValue());
  }

  @Test
  void aMalformedManifestIsBadInputNamingTheFileAndTheProblem() {
    Path truncated = ManifestFixtures.text(dir, "truncated.json", "{\"schemaVersion\": 1, \"implReq\": ");
    CliRun run = run("check", "--manifest", truncated.toString(), "0x7").exits(2).noStackTrace();
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("snpgate check: cannot use manifest " + truncated + ": it is not JSON (line 1,"),
        run.describe());

    Path noMask = ManifestFixtures.changed(dir, "no-mask.json", manifest -> manifest.remove("implReq"));
    run = run("check", "--manifest", noMask.toString(), "0x7").exits(2).noStackTrace();
    assertEquals("snpgate check: cannot use manifest " + noMask + ": 1 problem: no implReq\n", run.err());

    JsonNode json = run("check", "--json", "--manifest", noMask.toString(), "0x7").exits(2).json();
    assertEquals("cannot use manifest " + noMask + ": 1 problem: no implReq", json.get("error").textValue());
  }

  @Test
  void anUnknownSchemaVersionIsRefusedNotGuessedAt() {
    Path future = ManifestFixtures.changed(dir, "future.json", manifest -> manifest.put("schemaVersion", 2));
    CliRun run = run("check", "--manifest", future.toString(), "0x7").exits(2).noStackTrace();
    assertEquals("snpgate check: cannot use manifest " + future + ": schemaVersion 2 is not one this snpgate ("
        + System.getProperty("snpgate.version") + ") reads: it reads schemaVersion 1; use the snpgate the guest was"
        + " built with, or a newer one\n", run.err());
  }

  @Test
  void filesThatAreNoManifestAreBadInput() {
    CliRun missing = run("check", "--manifest", dir.resolve("nothing.json").toString(), "0x7").exits(2).noStackTrace();
    assertTrue(missing.err().endsWith("nothing.json: there is no such file\n"), missing.describe());
    Path plainJar = ManifestFixtures.jar(dir, "plain.jar", null);
    CliRun jar = run("check", "--manifest", plainJar.toString(), "0x7").exits(2).noStackTrace();
    assertTrue(jar.err().endsWith("the jar has no META-INF/snpgate/features.json: it is not a guest built with the"
        + " snpgate processor\n"), jar.describe());
    run("check", "--manifest", dir.toString(), "0x7").exits(2).noStackTrace();
    run("check", "0x7").exits(2).noStackTrace();
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }
}
