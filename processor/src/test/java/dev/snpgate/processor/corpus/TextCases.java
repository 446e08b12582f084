package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BODY;
import static dev.snpgate.processor.corpus.CaseBuilder.BUILT_IN_IMPL_REQ;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts hostile to each output: Java string literals, JSON, Markdown and reStructuredText. Each
 * guest must build, and each text must read in both documents exactly as written (on one line).
 */
final class TextCases {

  private TextCases() {}

  /** A rationale as a Java source literal, and as a reader must see it in the docs. */
  private static CorpusCase rationale(String name, String javaLiteral, String shown) {
    return named("rationale: " + name).feature("A", "bit = 11, rationale = " + javaLiteral).builds(1L << 11, shown);
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> cases = new ArrayList<>(List.of(
        rationale("reStructuredText include directive", "\".. include:: /etc/hostname\"", ".. include:: /etc/hostname"),
        rationale("raw directive", "\".. raw:: html\\n\\n   <script>x</script>\"", ".. raw:: html <script>x</script>"),
        rationale("bullet list", "\"- x\"", "- x"),
        rationale("unicode bullet", "\"\\u2022 x\"", "\u2022 x"),
        rationale("enumerated list", "\"1. x\"", "1. x"),
        rationale("alphabetic list", "\"A. x\"", "A. x"),
        rationale("parenthesised enumerator", "\"(a) x\"", "(a) x"),
        rationale("field list", "\":A: x\"", ":A: x"),
        rationale("comment", "\".. x\"", ".. x"),
        rationale("transition", "\"----------\"", "----------"),
        rationale("backslashes only", "\"\\\\\\\\\\\\\\\\\"", "\\\\\\\\"),
        rationale("one backslash", "\"\\\\\"", "\\"),
        rationale("trailing backslash", "\"a\\\\\"", "a\\"),
        rationale("section title inside", "\"Title\\n=====\"", "Title ====="),
        rationale("option list", "\"-a  x\"", "-a x"),
        rationale("doctest block", "\">>> x\"", ">>> x"),
        rationale("line block", "\"| x\"", "| x"),
        rationale("substitution", "\"|x| and |y|_\"", "|x| and |y|_"),
        rationale("hyperlink reference", "\"see `x <http://e.example>`_\"", "see `x <http://e.example>`_"),
        rationale("footnote reference", "\"a [1]_ b [#]_\"", "a [1]_ b [#]_"),
        rationale("role", "\":math:`x` and :raw-html:`<b>`\"", ":math:`x` and :raw-html:`<b>`"),
        rationale("inline markup", "\"*a* **b** ``c`` _d_ `e`\"", "*a* **b** ``c`` _d_ `e`"),
        rationale("standalone URI", "\"http://example.com/x\"", "http://example.com/x"),
        rationale("email address", "\"a@example.com\"", "a@example.com"),
        rationale("literal block marker", "\"Example::\"", "Example::"),
        rationale("next line character U+0085", "\"a\\u0085.. include:: /etc/hostname\"", "a .. include:: /etc/hostname"),
        rationale("file separator U+001C", "\"a\\u001c- x\"", "a - x"),
        rationale("group separator U+001D", "\"a\\u001d:A: x\"", "a :A: x"),
        rationale("record separator U+001E", "\"a\\u001e.. x\"", "a .. x"),
        rationale("line separator U+2028", "\"a\\u2028b\"", "a b"),
        rationale("paragraph separator U+2029", "\"a\\u2029b\"", "a b"),
        rationale("vertical tab and form feed", "\"a\\u000b\\u000cb\"", "a b"),
        rationale("carriage return", "\"a\\rb\"", "a b"),
        rationale("tab", "\"a\\tb\"", "a b"),
        rationale("NUL", "\"a\\u0000b\"", "a b"),
        rationale("DEL", "\"a\\u007fb\"", "a b"),
        rationale("bidi override", "\"a\\u202eb\"", "a\ufffdb"),
        rationale("Markdown pipe and HTML", "\"a | b <script>alert(1)</script>\"", "a | b <script>alert(1)</script>"),
        rationale("Markdown link and image", "\"[x](http://e.example) ![y](z.png)\"", "[x](http://e.example) ![y](z.png)"),
        rationale("Markdown emphasis and code", "\"*a* _b_ `c` ~~d~~\"", "*a* _b_ `c` ~~d~~"),
        rationale("Markdown heading and quote", "\"# h > q\"", "# h > q"),
        rationale("HTML entity", "\"&amp; &#x41;\"", "&amp; &#x41;"),
        rationale("GitHub autolink", "\"www.example.com\"", "www.example.com"),
        rationale("math dollars", "\"$x$ and $$y$$\"", "$x$ and $$y$$"),
        rationale("JSON breaking quotes", "\"\\\"}, \\\"x\\\": {\\\"\"", "\"}, \"x\": {\""),
        rationale("Java comment end", "\"*/ class X {} /*\"", "*/ class X {} /*"),
        rationale("unicode escape text", "\"\\\\u000a\"", "\\u000a"),
        rationale("emoji", "\"\\ud83d\\ude80 launch\"", "\ud83d\ude80 launch"),
        rationale("CJK", "\"\u5b89\u5168\u306a TSC\"", "\u5b89\u5168\u306a TSC"),
        rationale("combining marks", "\"e\\u0301\"", "e\u0301"),
        rationale("2,000 characters", "\"" + "word ".repeat(400) + "\"", ("word ".repeat(400)).strip())));
    // docutils refuses a line of more than 10,000 characters; escaping at most doubles a text.
    cases.add(named("rationale of 21,000 characters").feature("A", "bit = 11, rationale = \"" + "word ".repeat(4199) + "word.\"")
        .onlyError().fails(format(Messages.TEXT_TOO_LONG, "rationale", 21000, 4000), "@SnpFeature"));
    cases.add(named("rationale from a Javadoc sentence of 4,001 characters").type("/** " + "w ".repeat(1999) + "xy. */\n"
        + "@SnpFeature(bit = 11)", "public final class A" + BODY)
        .onlyError().fails(format(Messages.TEXT_TOO_LONG, "rationale", 4001, 4000), "@SnpFeature"));
    cases.add(named("feature name of 201 characters").feature("A", "bit = 30, name = \"" + "N".repeat(201) + "\", rationale = \"r\"")
        .onlyError().fails(format(Messages.TEXT_TOO_LONG, "name", 201, 200), "@SnpFeature"));
    cases.add(named("override reference of 4,001 characters").type("@SnpCatalogOverride(bit = 30, name = \"N\","
        + " tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED, reference = \"" + "r".repeat(4001) + "\")", "public final class A {}")
        .onlyError().fails(format(Messages.TEXT_TOO_LONG, "reference", 4001, 4000), "@SnpCatalogOverride"));
    cases.add(named("rationale of 4,000 characters that each need an escape builds")
        .feature("A", "bit = 11, rationale = \"" + "-*".repeat(2000) + "\"").builds(1L << 11, "-*".repeat(2000)));
    cases.add(named("feature class with a non-ASCII name builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
        "public final class Séc" + BODY).builds(1L << 11, "g.Séc"));
    cases.add(named("CJK package name builds").file("\u5b89/A.java", "package \u5b89;\nimport dev.snpgate.annotations.*;\n"
        + "import dev.snpgate.runtime.*;\n@SnpFeature(bit = 11, rationale = \"r\")\npublic final class A" + BODY + "\n")
        .builds(1L << 11, "\u5b89.A"));
    cases.add(named("override with hostile long name and reference builds").type("@SnpCatalogOverride(bit = 30,"
        + " name = \"N\", tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED, longName = \".. include:: /etc/hostname\","
        + " reference = \"- x\\u2028:A: y\")", "public final class A {}")
        .builds(0, BUILT_IN_IMPL_REQ & ~(1L << 30), ".. include:: /etc/hostname", "Defined by a catalog override: - x :A: y"));
    return cases;
  }
}
