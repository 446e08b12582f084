package dev.snpgate.processor.writing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs' content without markup: rows, outcomes, rationale and reserved ranges. */
class BehaviorContentTest {

  private static final Catalog OVERRIDDEN = Catalog.builtIn()
      .withOverride(new BitDefinition(24, "First", "First new", Tier.NO_IMPL_NEEDED, "APM 3.99"))
      .withOverride(new BitDefinition(63, "Last", "Last new", Tier.IMPL_REQUIRED, "commit abc"));

  private static BehaviorContent content(Catalog catalog, FeatureDeclaration... features) {
    return new BehaviorContent(GuestModel.of("g", "g.R", catalog, List.of(features)));
  }

  private static List<String> row(BehaviorContent content, int bit) {
    for (BehaviorContent.BitLine line : content.bitLines()) {
      if (line.anchor().equals("bit-" + bit)) {
        return line.cells();
      }
    }
    throw new AssertionError("no row for bit " + bit);
  }

  @Test
  void reservedRangesLeaveOutOverriddenAndImplementedBits() {
    assertEquals("13, 15, 19-22, 24-63", content(Catalog.builtIn()).reservedRanges());
    assertEquals("13, 15, 19-22, 25-62", content(OVERRIDDEN).reservedRanges());
    assertEquals("13, 15, 19-22, 24-29, 31-63", content(Catalog.builtIn(),
        new FeatureDeclaration(30, "Thirty", "g", List.of("T"), "why")).reservedRanges());
  }

  @Test
  void overriddenBitsCiteTheirReferenceWhenNoClassGivesARationale() {
    BehaviorContent content = content(OVERRIDDEN, new FeatureDeclaration(63, "", "g", List.of("L"), "because"));
    assertEquals(List.of("24", "22", "First", "First new", "NO_IMPL_NEEDED", "none", "boots; no guest code needed",
        "Defined by a catalog override: APM 3.99"), row(content, 24));
    assertEquals(List.of("63", "61", "Last", "Last new", "IMPL_REQUIRED", "g.L", "boots with the feature enabled",
        "because"), row(content, 63));
  }

  @Test
  void outcomesFollowTierAndImplementation() {
    BehaviorContent content = content(Catalog.builtIn(), new FeatureDeclaration(8, "", "g", List.of("N"), ""));
    assertEquals("state, not negotiated", row(content, 2).get(6));
    assertEquals("graceful boot failure", row(content, 3).get(6));
    assertEquals("boots with the feature enabled", row(content, 8).get(6));
    assertEquals("none", row(content, 8).get(7));
    assertEquals("boots; no guest code needed", row(content, 9).get(6));
  }

  @Test
  void everyAsciiPunctuationIsEscapedInMarkdownAndLineBreaksBecomeSpaces() {
    assertEquals("a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\|f\\| \\<g\\> \\[h\\] \\#i \\~j \\. \\$ one line",
        MarkdownWriter.escape("a\\b `c` *d* _e_ |f| <g> [h] #i ~j . $\u2028one\u0085line"));
  }

  @Test
  void everyCharacterButLettersDigitsAndSpacesIsEscapedInRestructuredText() {
    assertEquals("\\.\\. include\\:\\: \\/etc \\- x 1\\. \\\\u2022 \\u00e9t\\u00e9".replace("\\u2022", "\u2022")
        .replace("\\u00e9", "\u00e9"), RestructuredTextWriter.escape(".. include:: /etc\n- x 1. \u2022 \u00e9t\u00e9"));
    assertEquals("\\ \\\\\\\\", RestructuredTextWriter.escape("\\\\"));
    assertEquals("a\\\ufffdb", RestructuredTextWriter.escape("a\u202eb"));
  }
}
