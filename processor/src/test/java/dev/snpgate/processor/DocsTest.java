package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.snpgate.processor.corpus.DocumentParsers;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.BitDefinition;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated boot-behaviour docs: complete, well-formed in both formats, anchored per bit. */
class DocsTest {

  static String doc(Compilation compilation, String name) {
    return GuestSources.content(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/snpgate/" + name));
  }

  static Compilation guestWithoutFeatures() {
    Compilation compilation = compile(source("g.package-info", "@dev.snpgate.annotations.SnpGuest", "package g;"));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void everyDefinedCatalogBitHasARowInBothFormats() {
    Compilation compilation = guestWithoutFeatures();
    String markdown = doc(compilation, "behavior.md");
    String rst = doc(compilation, "behavior.rst");
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      BitDefinition definition = Catalog.builtIn().definition(bit);
      if (definition.isNamed()) {
        assertTrue(markdown.contains("| <a id=\"bit-" + bit + "\"></a>" + bit + " | "), "bit " + bit + " in behavior.md");
        assertTrue(markdown.contains(" | " + definition.name().replace("_", "\\_").replace("-", "\\-") + " | "), "name of bit " + bit);
        assertTrue(rst.contains(".. _bit-" + bit + ":\n\n       " + bit + "\n"), "bit " + bit + " in behavior.rst");
      } else {
        assertTrue(!markdown.contains("| <a id=\"bit-" + bit + "\">"), "reserved bit " + bit + " is summarised, not a row");
      }
      assertTrue(markdown.contains("<a id=\"bit-" + bit + "\"></a>"), "every bit has an anchor: bit " + bit);
      assertTrue(rst.contains(".. _bit-" + bit + ":\n"), "every bit has a target: bit " + bit);
    }
    assertTrue(markdown.contains("Reserved bits (13, 15, 19-22, 24-63) are in IMPL_REQ"), markdown);
  }

  @Test
  void markdownTablesHaveTheSameColumnCountOnEveryRow() {
    for (String markdown : List.of(doc(compile(exampleGuest()), "behavior.md"), doc(guestWithoutFeatures(), "behavior.md"),
        doc(compile(GuestSources.requiringGuest()), "behavior.md"))) {
      int columns = -1;
      int tables = 0;
      for (String line : markdown.split("\n")) {
        if (!line.startsWith("|")) {
          columns = -1;
          continue;
        }
        int cells = unescapedPipes(line) - 1;
        if (columns < 0) {
          columns = cells;
          tables++;
        }
        assertEquals(columns, cells, "row: " + line);
      }
      assertEquals(3, tables, markdown);
    }
  }

  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        count++;
      }
    }
    return count;
  }

  @Test
  void exampleGuestRowsSayWhatHappensWhenTheHostEnablesTheBit() {
    String markdown = doc(compile(exampleGuest()), "behavior.md");
    assertTrue(markdown.contains("| <a id=\"bit-11\"></a>11 | 9 | SecureTSC | Secure TSC | IMPL\\_REQUIRED |"
        + " `dev.example.guest.features.SecureTsc` | boots with the feature enabled | The guest takes its TSC frequency"
        + " from the security processor\\. |"), markdown);
    assertTrue(markdown.contains("| <a id=\"bit-4\"></a>4 | 2 | ReflectVC | Reflect \\#VC | IMPL\\_REQUIRED | none |"
        + " graceful boot failure | none |"), markdown);
    assertTrue(markdown.contains("| <a id=\"bit-8\"></a>8 | 6 | NoHostIBS | Prevent host IBS | NO\\_IMPL\\_NEEDED |"
        + " none | boots\\; no guest code needed | none |"), markdown);
    assertTrue(markdown.contains("| <a id=\"bit-0\"></a>0 | none | SEV |"), markdown);
  }

  /**
   * A guest that requires something: the introduction states both checks and what happens with
   * SEV-SNP inactive, the masks include REQUIRED, and the decision table says that a host leaving
   * a required bit off is refused, as the gate decides.
   */
  @Test
  void aRequiringGuestsDocsSayWhatTheGateDoes() {
    String markdown = doc(compile(GuestSources.requiringGuest()), "behavior.md");
    assertTrue(markdown.contains("unsupported = SEV_STATUS & IMPL_REQ & ~PRESENT") && markdown.contains(
        "missing = REQUIRED & ~SEV_STATUS"), markdown);
    assertTrue(markdown.contains("When bit 2 is clear the guest refuses to boot"), markdown);
    assertFalse(markdown.contains("and only when bit 2"), markdown);
    List<List<List<String>>> tables = DocumentParsers.markdownTables(markdown);
    assertEquals(List.of(List.of("Mask", "Value"), List.of("IMPL_REQ", "0xffffffffff7dbcf8"),
        List.of("PRESENT", "0x0000000000000880"), List.of("REQUIRED", "0x0000000000000904")), tables.get(0));
    String leftOff = "Graceful boot failure (required, left off)";
    assertEquals(List.of(
        List.of("Feature enabled by the hypervisor", "Guest needs an implementation", "Guest has the implementation",
            "Guest requires it", "Guest boot result"),
        List.of("No", "No", "No", "No", "Boot"),
        List.of("No", "No", "No", "Yes", leftOff),
        List.of("No", "Yes", "No", "No", "Boot"),
        List.of("No", "Yes", "Yes", "No", "Boot"),
        List.of("No", "Yes", "Yes", "Yes", leftOff),
        List.of("Yes", "No", "No", "No", "Boot with feature enabled"),
        List.of("Yes", "No", "No", "Yes", "Boot with feature enabled"),
        List.of("Yes", "Yes", "No", "No", "Graceful boot failure"),
        List.of("Yes", "Yes", "Yes", "No", "Boot with feature enabled"),
        List.of("Yes", "Yes", "Yes", "Yes", "Boot with feature enabled")), tables.get(1));
    List<List<String>> bits = tables.get(tables.size() - 1);
    assertTrue(bits.contains(List.of("2", "0", "SEV-SNP", "SEV-SNP enabled", "STATE", "none",
        "state, required: the guest refuses to boot without it", "none")), bits.toString());
    assertTrue(bits.contains(List.of("8", "6", "NoHostIBS", "Prevent host IBS", "NO_IMPL_NEEDED", "none",
        "boots; no guest code needed; required: a host that leaves it off is refused", "none")), bits.toString());
  }

  @Test
  void aGuestThatRequiresAFeatureButNotSnpStillBootsWithoutSnp() {
    String markdown = doc(compile(GuestSources.feature("g.SecureTsc", "bit = 11, required = true, rationale = \"Clock.\"")),
        "behavior.md");
    assertTrue(markdown.contains("missing = REQUIRED & ~SEV_STATUS"), markdown);
    assertTrue(markdown.contains("When bit 2 is clear it checks nothing and boots."), markdown);
  }
}
