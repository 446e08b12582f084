package dev.snpgate.cli;

import static dev.snpgate.cli.SnpGateProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code snpgate decode}, run as a process on each form of STATUS and on what is not one. */
class DecodeIT {

  private static final String ROWS_OF_0X987 = String.join("\n",
      "bit  SEV_FEATURES  name       long name                                  tier",
      "0    -             SEV        SEV enabled                                STATE",
      "1    -             SEV-ES     SEV-ES enabled                             STATE",
      "2    0             SEV-SNP    SEV-SNP enabled                            STATE",
      "7    5             DebugSwap  Debug register virtualization (DebugSwap)  IMPL_REQUIRED",
      "8    6             NoHostIBS  Prevent host IBS                           NO_IMPL_NEEDED",
      "11   9             SecureTSC  Secure TSC                                 IMPL_REQUIRED",
      "");

  @Test
  void hexPrintsEverySetBitWithBothNumbersNameLongNameAndTier() {
    CliRun run = run("decode", "0x0000000000000987").exits(0).noStackTrace();
    assertEquals(String.join("\n",
        "SEV_STATUS    0x0000000000000987  SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC",
        "SEV_FEATURES  0x0000000000000261  (VMSA numbering: SEV_STATUS >> 2)",
        "SEV-SNP       active",
        "") + ROWS_OF_0X987, run.out());
    assertEquals("", run.err());
  }

  @Test
  void decimalIsTheSameValue() {
    assertEquals(run("decode", "0x987").out(), run("decode", "2439").exits(0).out());
  }

  @Test
  void theKernelsLineIsReadBackAndSaidToBeIncomplete() {
    CliRun run = run("decode", "[    0.470213] SEV: Status: SEV SEV-ES SEV-SNP DebugSwap NoHostIBS SecureTSC ")
        .exits(0).noStackTrace();
    assertTrue(run.out().startsWith("SEV_STATUS    0x0000000000000987  "), run.describe());
    assertTrue(run.out().contains("given as      the kernel's line: it names only the bits Linux has a name for,"
        + " so set bits it has no name for (reserved bits) could not be seen: a lower bound of SEV_STATUS\n"),
        run.describe());
    assertTrue(run.out().endsWith(ROWS_OF_0X987), run.describe());
  }

  @Test
  void sevFeaturesNumberingIsShiftedByTwo() {
    // SNPActive, DebugSwap (SEV_FEATURES 5), NoHostIBS (6), SecureTSC (9): the guest reads 0x987.
    CliRun run = run("decode", "--features", "0x261").exits(0);
    assertTrue(run.out().startsWith("SEV_STATUS    0x0000000000000987  "), run.describe());
    assertTrue(run.out().contains("given as      SEV_FEATURES 0x261: SEV_FEATURES bit n is SEV_STATUS bit n+2"), run.describe());
    assertTrue(run.out().endsWith(ROWS_OF_0X987), run.describe());
  }

  @Test
  void reservedBitsAreNamedNeverSkipped() {
    CliRun run = run("decode", "0x8000200200002004").exits(0);
    assertTrue(run.out().startsWith(
        "SEV_STATUS    0x8000200200002004  SEV-SNP reserved-bit-13 reserved-bit-33 reserved-bit-45 reserved-bit-63\n"),
        run.describe());
    assertTrue(run.out().contains("\n13   11            reserved-bit-13  (reserved)       RESERVED\n"), run.describe());
    assertTrue(run.out().contains("\n63   61            reserved-bit-63  (reserved)       RESERVED\n"), run.describe());
  }

  @Test
  void jsonHasTheSameFacts() {
    JsonNode json = run("decode", "--json", "0x200002017").exits(0).json();
    assertEquals("decode", json.get("command").textValue());
    assertEquals(0, json.get("exitStatus").intValue());
    assertEquals("hex", json.get("form").textValue());
    assertEquals("0x0000000200002017", json.get("status").textValue());
    assertEquals("0x0000000080000805", json.get("sevFeatures").textValue());
    assertTrue(json.get("snpActive").booleanValue());
    assertEquals("SEV SEV-ES SEV-SNP ReflectVC reserved-bit-13 reserved-bit-33", json.get("names").textValue());
    JsonNode bits = json.get("bits");
    assertEquals(6, bits.size());
    assertTrue(bits.get(0).get("sevFeaturesBit").isNull());
    assertEquals(2, bits.get(3).get("sevFeaturesBit").intValue());
    assertEquals("ReflectVC", bits.get(3).get("name").textValue());
    assertEquals("Reflect #VC", bits.get(3).get("longName").textValue());
    assertEquals("IMPL_REQUIRED", bits.get(3).get("tier").textValue());
    assertEquals(33, bits.get(5).get("bit").intValue());
    assertEquals("RESERVED", bits.get(5).get("tier").textValue());
    assertEquals("kernel-line", run("decode", "--json", "SEV: Status: SEV").exits(0).json().get("form").textValue());
    assertEquals("decimal", run("decode", "--json", "7").exits(0).json().get("form").textValue());
  }

  /** A guest's jar, as check takes it: its manifest is read from the jar, and nothing is decided. */
  @Test
  void aGuestsJarAddsWhatTheGuestHasForEachBit() {
    String jar = ExampleGuestFiles.jar().toString();
    CliRun run = run("decode", "--manifest", jar, "0x200002897").exits(0).noStackTrace();
    assertTrue(run.out().startsWith("guest         example-guest  (manifest " + jar + ")\n"
        + "SEV_STATUS    0x0000000200002897  SEV SEV-ES SEV-SNP ReflectVC DebugSwap SecureTSC reserved-bit-13"
        + " reserved-bit-33\n"), run.describe());
    assertTrue(run.out().contains("\n4    2             ReflectVC  "), run.describe());
    assertTrue(run.out().contains("IMPL_REQUIRED  needs guest code this guest lacks\n7    5             DebugSwap  "),
        run.describe());
    assertTrue(run.out().contains("IMPL_REQUIRED  dev.snpgate.examples.guest.features.DebugSwap\n"), run.describe());
    assertTrue(!run.out().contains("decision") && !run.out().contains("GHCB"), run.describe());
  }

  @Test
  void aManifestThatCannotBeUsedIsBadInputNamingIt() {
    CliRun missing = run("decode", "--manifest", "no-such-features.json", "0x887").exits(2).noStackTrace();
    assertEquals("snpgate decode: cannot use manifest no-such-features.json: there is no such file\n", missing.err());
    CliRun device = run("decode", "--manifest", "/dev/zero", "0x887").exits(2).noStackTrace();
    assertEquals("snpgate decode: cannot use manifest /dev/zero: it is larger than 67108864 bytes, so not a manifest\n",
        device.err());
  }

  @Test
  void valuesWiderThan64BitsAreBadInput() {
    CliRun run = run("decode", "0x10000000000000000").exits(2).noStackTrace();
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("snpgate decode: not a SEV_STATUS value: \"0x10000000000000000\": wider than 64 bits"),
        run.describe());
    run("decode", "18446744073709551616").exits(2).noStackTrace();
    CliRun features = run("decode", "--features", "0x4000000000000000").exits(2).noStackTrace();
    assertTrue(features.err().contains("SEV_FEATURES bit 62 has no SEV_STATUS bit"), features.describe());
  }

  @Test
  void negativeNumbersAreBadInputNotOptions() {
    CliRun run = run("decode", "-1").exits(2).noStackTrace();
    assertTrue(run.err().startsWith("snpgate decode: not a SEV_STATUS value: \"-1\": SEV_STATUS is unsigned"),
        run.describe());
    assertTrue(run("decode", "--features", "-4").exits(2).noStackTrace().err().contains("SEV_FEATURES is unsigned"));
  }

  @Test
  void junkIsBadInputNamingIt() {
    CliRun run = run("decode", "0xfg").exits(2).noStackTrace();
    assertTrue(run.err().contains("\"0xfg\": 'g' is not a hex digit"), run.describe());
    assertTrue(run.err().contains("STATUS is 0x-prefixed hex, decimal, or the kernel's line"), run.describe());
    run = run("decode", "SEV: Status: SEV SecureTsx").exits(2).noStackTrace();
    assertTrue(run.err().contains("'SecureTsx' is not the name of a SEV_STATUS bit"), run.describe());
    run("decode", "").exits(2).noStackTrace();
    // an escape sequence in the input is shown, never sent to the terminal
    run = run("decode", "\u001b]0;owned\u0007").exits(2).noStackTrace();
    assertTrue(run.err().contains("\\u001b]0;owned\\u0007"), run.describe());
    assertTrue(!run.err().contains("\u001b"), run.describe());
  }

  @Test
  void jsonReportsBadInputAsOneObject() {
    CliRun run = run("decode", "--json", "junk").exits(2);
    JsonNode json = run.json();
    assertEquals("decode", json.get("command").textValue());
    assertEquals(2, json.get("exitStatus").intValue());
    assertTrue(json.get("error").textValue().startsWith("not a SEV_STATUS value: \"junk\""), run.describe());
  }

  @Test
  void usageErrorsExit2WithTheUsageHint() {
    CliRun none = run("decode").exits(2).noStackTrace();
    assertTrue(none.err().contains("Missing required parameter: 'STATUS'"), none.describe());
    assertTrue(none.err().contains("Try 'snpgate decode --help' for the usage."), none.describe());
    run("decode", "0x1", "0x2").exits(2).noStackTrace();
    run("decode", "--no-such-option", "0x1").exits(2).noStackTrace();
    JsonNode json = run("decode", "--json").exits(2).json();
    assertEquals(2, json.get("exitStatus").intValue());
    run().exits(2).noStackTrace();
    run("nonsense").exits(2).noStackTrace();
  }

  @Test
  void helpAndVersion() {
    CliRun help = run("decode", "--help").exits(0);
    assertTrue(help.out().startsWith("Decode a SEV_STATUS value bit by bit.\nUsage: snpgate decode [-hV] [--features] [--json]"
        + " [--manifest=M] STATUS"), help.describe());
    assertTrue(help.out().replaceAll("\\s+", " ").contains("This is a decode, not a decision: it exits 0 on any valid"
        + " input; for whether the guest boots and the GHCB request it sends, use check."), help.describe());
    assertEquals("snpgate " + System.getProperty("snpgate.version") + "\n", run("--version").exits(0).out());
    assertEquals("snpgate " + System.getProperty("snpgate.version") + "\n", run("decode", "--version").exits(0).out());
    CliRun top = run("--help").exits(0);
    for (String command : new String[] {"decode", "check", "preflight", "read"}) {
      assertTrue(top.out().contains("\n  " + command + " "), top.describe());
    }
  }
}
