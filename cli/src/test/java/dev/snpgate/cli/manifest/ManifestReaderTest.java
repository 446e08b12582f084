package dev.snpgate.cli.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.Json;
import dev.snpgate.cli.ManifestFixtures;
import dev.snpgate.runtime.Tier;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every way a manifest can be malformed, and what the message says; one change to the example's each. */
class ManifestReaderTest {

  private static Manifest read(Consumer<ObjectNode> change) {
    ObjectNode manifest = ManifestFixtures.example();
    change.accept(manifest);
    return ManifestReader.parse("m.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(Consumer<ObjectNode> change) {
    return assertThrows(BadInputException.class, () -> read(change)).getMessage();
  }

  private static String problem(String json) {
    return assertThrows(BadInputException.class,
        () -> ManifestReader.parse("m.json", json.getBytes(StandardCharsets.UTF_8))).getMessage();
  }

  private static ObjectNode bit(ObjectNode manifest, int bit) {
    return (ObjectNode) manifest.get("bits").get(bit);
  }

  @Test
  void readsTheExampleGuestsManifest() {
    Manifest manifest = read(unchanged -> { });
    assertEquals("example-guest", manifest.guest());
    assertEquals(0xffffffffff7dbcf8L, manifest.implReq());
    assertEquals(64, manifest.bits().size());
    ManifestBit secureTsc = manifest.bits().get(11);
    assertEquals("SecureTSC", secureTsc.name());
    assertEquals(Tier.IMPL_REQUIRED, secureTsc.tier());
    assertEquals("dev.snpgate.examples.guest.features.SecureTsc", secureTsc.implementation());
    assertNull(manifest.bits().get(45).implementation());
    assertEquals("reserved-bit-45", manifest.bits().get(45).name());
  }

  @Test
  void keysItDoesNotKnowAreIgnoredSinceKeysAreOnlyAdded() {
    read(manifest -> {
      manifest.put("generatedBy", "a later snpgate");
      bit(manifest, 3).put("since", "APM 3.40");
    });
    read(manifest -> manifest.remove("guest"));
    read(manifest -> bit(manifest, 3).remove("longName"));
  }

  @Test
  void notJson() {
    assertEquals("cannot use manifest m.json: it is empty", problem(""));
    assertEquals("cannot use manifest m.json: it is a JSON array, not an object", problem("[1]"));
    assertEquals("cannot use manifest m.json: it is a JSON string, not an object", problem("\"x\""));
    String trailing = problem("{\"schemaVersion\": 1} {}");
    assertEquals(true, trailing.startsWith("cannot use manifest m.json: it is not JSON (line 1, column "), trailing);
    String duplicate = problem("{\"schemaVersion\": 1, \"schemaVersion\": 1}");
    assertEquals(true, duplicate.contains("Duplicate field 'schemaVersion'"), duplicate);
    String truncated = problem("{\"schemaVersion\": 1,\n \"bits\": [");
    assertEquals(true, truncated.startsWith("cannot use manifest m.json: it is not JSON (line 2, column "), truncated);
  }

  @Test
  void schemaVersion() {
    assertEquals("cannot use manifest m.json: it has no schemaVersion, so it is not a snpgate manifest",
        problem(manifest -> manifest.remove("schemaVersion")));
    assertEquals("cannot use manifest m.json: schemaVersion is \"1\", not the number 1",
        problem(manifest -> manifest.put("schemaVersion", "1")));
    assertEquals("cannot use manifest m.json: schemaVersion is 1.0, not the number 1",
        problem(manifest -> manifest.put("schemaVersion", 1.0)));
    assertEquals("cannot use manifest m.json: schemaVersion is 99999999999, not the number 1",
        problem(manifest -> manifest.put("schemaVersion", 99999999999L)));
    assertEquals(true, problem(manifest -> manifest.put("schemaVersion", 0))
        .endsWith("schemaVersion 0 is not one this snpgate (" + dev.snpgate.runtime.SnpGateVersion.VERSION
            + ") reads: it reads schemaVersion 1"));
  }

  @Test
  void masks() {
    assertEquals("cannot use manifest m.json: 1 problem: no present", problem(manifest -> manifest.remove("present")));
    assertEquals("cannot use manifest m.json: 1 problem: implReq is \"0xFFFFFFFFFF7DBCF8\", not \"0x\" and 16 lowercase"
        + " hex digits", problem(manifest -> manifest.put("implReq", "0xFFFFFFFFFF7DBCF8")));
    assertEquals("cannot use manifest m.json: 1 problem: present is 2176, not \"0x\" and 16 lowercase hex digits",
        problem(manifest -> manifest.put("present", 2176)));
    assertEquals("cannot use manifest m.json: 1 problem: present is \"0x880\", not \"0x\" and 16 lowercase hex digits",
        problem(manifest -> manifest.put("present", "0x880")));
  }

  @Test
  void bits() {
    assertEquals("cannot use manifest m.json: 1 problem: no bits", problem(manifest -> manifest.remove("bits")));
    assertEquals("cannot use manifest m.json: 1 problem: bits is not an array",
        problem(manifest -> manifest.putObject("bits")));
    assertEquals("cannot use manifest m.json: 1 problem: bits has 63 entries, not 64",
        problem(manifest -> ((ArrayNode) manifest.get("bits")).remove(63)));
    assertEquals("cannot use manifest m.json: 1 problem: bits[3] is not an object",
        problem(manifest -> ((ArrayNode) manifest.get("bits")).set(3, Json.array())));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].bit is 8, not 7 (the entries are in bit order)",
        problem(manifest -> bit(manifest, 7).put("bit", 8)));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].name is null, not a string",
        problem(manifest -> bit(manifest, 7).putNull("name")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].name is empty (an unnamed bit is reserved-bit-7)",
        problem(manifest -> bit(manifest, 7).put("name", "")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].tier is \"REQUIRED\", not one of STATE, IMPL_REQUIRED,"
        + " NO_IMPL_NEEDED, RESERVED", problem(manifest -> bit(manifest, 7).put("tier", "REQUIRED")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].present is \"yes\", not true or false",
        problem(manifest -> bit(manifest, 7).put("present", "yes")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].implRequired is missing, not true or false",
        problem(manifest -> bit(manifest, 7).remove("implRequired")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7] is present but names no implementation",
        problem(manifest -> bit(manifest, 7).putNull("implementation")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[3] names implementation a.B but is not present",
        problem(manifest -> bit(manifest, 3).put("implementation", "a.B")));
    assertEquals("cannot use manifest m.json: 1 problem: bits[7].rationale is 7, not a string or null",
        problem(manifest -> bit(manifest, 7).put("rationale", 7)));
  }

  @Test
  void listsTheFirstFewOfManyProblemsAndCountsTheRest() {
    String message = problem(manifest -> {
      for (int bit = 0; bit < 64; bit++) {
        bit(manifest, bit).put("tier", "?");
      }
    });
    assertEquals(true, message.startsWith("cannot use manifest m.json: 64 problems: bits[0].tier is \"?\""), message);
    assertEquals(true, message.endsWith("; bits[4].tier is \"?\", not one of STATE, IMPL_REQUIRED, NO_IMPL_NEEDED,"
        + " RESERVED; and 59 more"), message);
  }

  @Test
  void aLongBadValueIsQuotedShort() {
    String message = problem(manifest -> manifest.put("implReq", "0x" + "a".repeat(200)));
    assertEquals("cannot use manifest m.json: 1 problem: implReq is \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...,"
        + " not \"0x\" and 16 lowercase hex digits", message);
  }
}
