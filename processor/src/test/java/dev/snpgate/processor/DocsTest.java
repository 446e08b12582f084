package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
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
    for (String markdown : List.of(doc(compile(exampleGuest()), "behavior.md"), doc(guestWithoutFeatures(), "behavior.md"))) {
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
}
