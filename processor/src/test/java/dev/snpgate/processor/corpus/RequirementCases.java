package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Required features (issue 18): {@code @SnpGuest(requiresSnp, requires = @SnpRequire(...))} and
 * {@code @SnpFeature(required = true)}, each bit required in one place, a library's requirement
 * only as the guest accepts it.
 */
final class RequirementCases {

  private static final String GUEST_LINE = "public final class Boot {}";
  private static final String TSC_LIBRARY = "com.example:tsc";
  private static final long DEBUG_SWAP_AND_TSC = 1L << 7 | 1L << 11;

  private RequirementCases() {}

  /** A guest on class {@code g.Boot} with {@code attributes}, and DebugSwap (bit 7) of its own. */
  private static CaseBuilder guest(String name, String attributes) {
    return named(name).type("@SnpGuest(" + attributes + ")", GUEST_LINE).feature("DebugSwap", "bit = 7, rationale = \"r\"");
  }

  /** {@code @SnpRequire(bit = N, rationale = ...)}. */
  private static String require(String bit, String rationale) {
    return "requires = @SnpRequire(bit = " + bit + ", rationale = \"" + rationale + "\")";
  }

  /** A library {@value #TSC_LIBRARY} whose SecureTsc (bit 11) has {@code attributes}. */
  private static CaseBuilder withTscLibrary(CaseBuilder guest, String attributes) {
    return guest.libraryFile("lib/tsc/package-info.java",
            "@dev.snpgate.annotations.SnpLibrary(name = \"" + TSC_LIBRARY + "\")\npackage lib.tsc;\n")
        .libraryFile("lib/tsc/SecureTsc.java", "package lib.tsc;\n@dev.snpgate.annotations.SnpFeature(" + attributes
            + ", rationale = \"Clock.\")\npublic final class SecureTsc implements dev.snpgate.runtime.GuestFeature {\n"
            + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n");
  }

  private static String accept(int bit) {
    return "accept = @SnpAccept(library = \"" + TSC_LIBRARY + "\", bit = " + bit + ")";
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> cases = new ArrayList<>();
    cases.add(guest("required: SNP, a protection and an own feature", "requiresSnp = true, " + require("8", "No IBS."))
        .feature("SecureTsc", "bit = 11, required = true, rationale = \"Clock.\"")
        .required(1L << 2 | 1L << 8 | 1L << 11, "bit 2 (SEV-SNP), required by @SnpGuest g.Boot",
            "bit 8 (NoHostIBS), required by @SnpGuest g.Boot: No IBS.",
            "bit 11 (SecureTSC), required by g.SecureTsc: Clock.")
        .builds(DEBUG_SWAP_AND_TSC));
    // Markup, a title adornment and a list item in a rationale stay text in the Required features section.
    cases.add(guest("required: a rationale that looks like markup", require("8",
        "*not* `code` |sub| [a](b) <b>x</b>\\n==========\\n- item .. note:: x"))
        .required(1L << 8,
            "bit 8 (NoHostIBS), required by @SnpGuest g.Boot: *not* `code` |sub| [a](b) <b>x</b> =========="
                + " - item .. note:: x")
        .builds(1L << 7));
    cases.add(named("required: an own feature of a guest without @SnpGuest")
        .feature("SecureTsc", "bit = 11, required = true, rationale = \"Clock.\"")
        .required(1L << 11, "bit 11 (SecureTSC), required by g.SecureTsc: Clock.")
        .builds(1L << 11));
    cases.add(guest("required: a bit a catalog override of the guest defines", require("30", "Future protection."))
        .file("g/package-info.java", "@dev.snpgate.annotations.SnpCatalogOverride(bit = 30, name = \"FutureProt\","
            + " tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.NO_IMPL_NEEDED, reference = \"APM 3.99\")\n"
            + "package g;\n")
        .required(1L << 30, "bit 30 (FutureProt), required by @SnpGuest g.Boot: Future protection.")
        .builds(1L << 7, CaseBuilder.BUILT_IN_IMPL_REQ & ~(1L << 30)));
    cases.add(withTscLibrary(guest("required: a library's feature the library does not require",
        require("11", "The guest's own policy.")), "bit = 11")
        .required(1L << 11, "bit 11 (SecureTSC), required by @SnpGuest g.Boot: The guest's own policy.")
        .builds(DEBUG_SWAP_AND_TSC));
    cases.add(withTscLibrary(guest("required: a library's requirement, accepted", accept(11)),
        "bit = 11, required = true")
        .required(1L << 11, "bit 11 (SecureTSC), required by lib.tsc.SecureTsc@" + TSC_LIBRARY + ": Clock.")
        .builds(DEBUG_SWAP_AND_TSC));

    cases.add(guest("requires: a state bit", require("2", "SNP only.")).onlyError()
        .fails(format(Messages.REQUIRE_STATE_BIT, 2), "@SnpGuest"));
    cases.add(guest("requires: bit 64", require("64", "Beyond.")).onlyError()
        .fails(format(Messages.REQUIRE_BIT_OUT_OF_RANGE, 64), "@SnpGuest"));
    cases.add(guest("requires: a negative bit", require("-1", "Before.")).onlyError()
        .fails(format(Messages.REQUIRE_BIT_OUT_OF_RANGE, -1), "@SnpGuest"));
    cases.add(guest("requires: a reserved bit nothing defines", require("40", "Unknown.")).onlyError()
        .fails(format(Messages.REQUIRE_UNDEFINED_BIT, 40), "@SnpGuest"));
    cases.add(guest("requires: one bit twice", "requires = {@SnpRequire(bit = 8, rationale = \"a\"),"
        + " @SnpRequire(bit = 8, rationale = \"b\")}").onlyError()
        .fails(format(Messages.REQUIRE_TWICE, 8), "@SnpGuest"));
    cases.add(guest("requires: a bit of the guest's own feature class", require("7", "Debug state.")).onlyError()
        .fails(format(Messages.REQUIRE_OWN_FEATURE, 7, "g.DebugSwap"), "@SnpGuest"));
    cases.add(withTscLibrary(guest("requires: a bit the library already requires",
        accept(11) + ", " + require("11", "Clock.")), "bit = 11, required = true").onlyError()
        .fails(format(Messages.REQUIRE_LIBRARY_REQUIRED, 11, "lib.tsc.SecureTsc", TSC_LIBRARY, TSC_LIBRARY, 11),
            "@SnpGuest"));
    cases.add(guest("requires: a bit that needs an implementation nobody has", require("11", "Clock.")).onlyError()
        .fails(format(Messages.REQUIRED_WITHOUT_IMPLEMENTATION, 11, "SecureTSC", "IMPL_REQUIRED"), "@SnpGuest"));
    cases.add(guest("requires: an empty rationale", require("8", "")).onlyError()
        .fails(format(Messages.REQUIRE_RATIONALE_EMPTY, 8), "@SnpGuest"));
    cases.add(guest("requires: a blank rationale", require("8", " \\t ")).onlyError()
        .fails(format(Messages.REQUIRE_RATIONALE_EMPTY, 8), "@SnpGuest"));
    cases.add(guest("requires: a rationale over 4,000 characters", require("8", "r".repeat(4_001))).onlyError()
        .fails(format(Messages.TEXT_TOO_LONG, "rationale", 4_001, 4_000), "@SnpGuest"));
    cases.add(withTscLibrary(guest("required: a library's requirement, not accepted", ""), "bit = 11, required = true")
        .onlyError()
        .fails(format(Messages.LIBRARY_REQUIREMENT_NOT_ACCEPTED, TSC_LIBRARY, 11, "SecureTSC", "lib.tsc.SecureTsc",
            TSC_LIBRARY, 11), "@SnpGuest"));
    cases.add(withTscLibrary(guest("accepted: a library's feature that is not required", accept(11)), "bit = 11")
        .onlyError()
        .fails(format(Messages.ACCEPTANCE_UNUSED, TSC_LIBRARY, 11), "@SnpGuest"));
    return cases;
  }
}
