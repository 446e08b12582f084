package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BUILT_IN_IMPL_REQ;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.List;

/** Catalog overrides and hand-written masks. */
final class OverrideAndMaskCases {

  private OverrideAndMaskCases() {}

  private static String override(String attributes) {
    return "@SnpCatalogOverride(" + attributes + ")";
  }

  private static final String IMPL = "tier = SnpCatalogOverride.Tier.IMPL_REQUIRED";
  private static final String NO_IMPL = "tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED";

  /**
   * A source of the annotation as another snpgate version might declare it, with more constants:
   * in the compilation it takes the place of the jar's.
   */
  private static final String OTHER_VERSION_OVERRIDE = "package dev.snpgate.annotations;\n"
      + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
      + "public @interface SnpCatalogOverride {\n"
      + "  enum Tier { STATE, IMPL_REQUIRED, NO_IMPL_NEEDED, RESERVED, FUTURE }\n"
      + "  int bit(); String name(); String longName() default \"\"; Tier tier(); String reference();\n}\n";
  private static final String OTHER_VERSION_MASK = "package dev.snpgate.annotations;\n"
      + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
      + "public @interface SnpMask {\n  enum Kind { IMPL_REQ, PRESENT, UNSUPPORTED }\n  Kind value();\n}\n";

  private static CorpusCase otherVersionTier(String tier) {
    return named("override tier " + tier + " of another snpgate version")
        .type(override("bit = 30, name = \"X\", tier = SnpCatalogOverride.Tier." + tier + ", reference = \"r\""),
            "public final class A {}")
        .file("dev/snpgate/annotations/SnpCatalogOverride.java", OTHER_VERSION_OVERRIDE)
        .fails(format(Messages.OVERRIDE_TIER_UNKNOWN, tier), "@SnpCatalogOverride");
  }

  static List<CorpusCase> cases() {
    return List.of(
        otherVersionTier("STATE"),
        otherVersionTier("RESERVED"),
        otherVersionTier("FUTURE"),
        named("mask kind of another snpgate version").type("", "public final class A {\n"
            + "@SnpMask(SnpMask.Kind.UNSUPPORTED) static final long M = 0L; }")
            .file("dev/snpgate/annotations/SnpMask.java", OTHER_VERSION_MASK)
            .feature("B", "bit = 11, rationale = \"r\"")
            .fails(format(Messages.MASK_KIND_UNKNOWN, "UNSUPPORTED"), "@SnpMask"),
        named("override of a defined bit").type(override("bit = 11, name = \"X\", " + IMPL + ", reference = \"r\""),
            "public final class A {}").fails(format(Messages.OVERRIDE_OF_DEFINED_BIT, 11, "SecureTSC", "IMPL_REQUIRED"),
            "@SnpCatalogOverride"),
        named("override without a tier").type(override("bit = 30, name = \"X\", reference = \"r\""), "public final class A {}")
            .compilerFails("@SnpCatalogOverride"),
        named("override with an empty name").type(override("bit = 30, name = \"\", " + IMPL + ", reference = \"r\""),
            "public final class A {}").fails(format(Messages.NAME_NOT_A_TOKEN, ""), "@SnpCatalogOverride"),
        named("override named like a catalog bit").type(override("bit = 30, name = \"DebugSwap\", " + IMPL
            + ", reference = \"r\""), "public final class A {}")
            .fails(format(Messages.NAME_TAKEN, "DebugSwap", 30, "bit 7"), "@SnpCatalogOverride"),
        named("override named like a reserved token").type(override("bit = 30, name = \"reserved-bit-30\", " + IMPL
            + ", reference = \"r\""), "public final class A {}")
            .fails(format(Messages.NAME_LOOKS_RESERVED, "reserved-bit-30", 30), "@SnpCatalogOverride"),
        // javac places a message on a repeated annotation at the class, ecj at the annotation.
        named("two overrides with one name").javacOnly().type(override("bit = 30, name = \"Twin\", " + IMPL + ", reference = \"r\"") + "\n"
            + override("bit = 31, name = \"TWIN\", " + NO_IMPL + ", reference = \"r\""), "public final class A {}")
            .fails(format(Messages.NAME_TAKEN, "TWIN", 31, "bit 30"), "public final class A"),
        named("a feature named like an override").type(override("bit = 30, name = \"Twin\", " + IMPL
            + ", reference = \"r\""), "public final class A {}").feature("B", "bit = 31, name = \"twin\"")
            .failsIn("g/B.java", format(Messages.NAME_TAKEN, "twin", 31, "bit 30"), "@SnpFeature"),
        named("two overrides with one name, ecj").ecjOnly().type(override("bit = 30, name = \"Twin\", " + IMPL
            + ", reference = \"r\"") + "\n" + override("bit = 31, name = \"TWIN\", " + NO_IMPL + ", reference = \"r\""),
            "public final class A {}").fails(format(Messages.NAME_TAKEN, "TWIN", 31, "bit 30"), "bit = 31"),
        named("override twice, ecj").ecjOnly().type(override("bit = 30, name = \"X\", " + IMPL + ", reference = \"r\"")
            + "\n" + override("bit = 30, name = \"Y\", " + IMPL + ", reference = \"r\""), "public final class A {}")
            .fails(format(Messages.OVERRIDE_TWICE, 30, "g.A", "g.A"), "name = \"Y\""),
        named("override without a reference").type(override("bit = 30, name = \"X\", " + IMPL + ", reference = \" \""),
            "public final class A {}").fails(format(Messages.OVERRIDE_NEEDS_REFERENCE, 30), "@SnpCatalogOverride"),
        named("override of bit 64").type(override("bit = 64, name = \"X\", " + IMPL + ", reference = \"r\""),
            "public final class A {}").fails(format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, 64), "@SnpCatalogOverride"),
        named("override of bit 1").type(override("bit = 1, name = \"X\", " + IMPL + ", reference = \"r\""),
            "public final class A {}").fails(format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, 1), "@SnpCatalogOverride"),
        named("override twice").javacOnly().type(override("bit = 30, name = \"X\", " + IMPL + ", reference = \"r\"") + "\n"
            + override("bit = 30, name = \"Y\", " + IMPL + ", reference = \"r\""), "public final class A {}")
            .fails(format(Messages.OVERRIDE_TWICE, 30, "g.A", "g.A"), "public final class A"),
        named("override to NO_IMPL_NEEDED takes the bit out of IMPL_REQ").type(override("bit = 30, name = \"Relaxed\", "
            + NO_IMPL + ", reference = \"APM 3.99\""), "public final class A {}")
            .builds(0, BUILT_IN_IMPL_REQ & ~(1L << 30), "Relaxed", "Defined by a catalog override: APM 3.99"),
        named("override and a feature for it build").type(override("bit = 30, name = \"NewThing\", " + IMPL
            + ", longName = \"A new thing\", reference = \"APM 3.99\""), "public final class A {}")
            .feature("B", "bit = 30, rationale = \"r\"").builds(1L << 30, "NewThing", "A new thing"),
        named("override on a package-info builds").file("g/package-info.java", "@dev.snpgate.annotations.SnpCatalogOverride("
            + "bit = 30, name = \"P\", tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.NO_IMPL_NEEDED,"
            + " reference = \"r\")\npackage g;\n").builds(0, BUILT_IN_IMPL_REQ & ~(1L << 30), "P"),
        named("mask on a String").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final String M = \"0x880\"; }").feature("B", "bit = 11, rationale = \"r\"")
            .fails(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.A.M"), "public final class A"),
        named("mask on an int constant").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final int M = 0x880; }").feature("B", "bit = 11, rationale = \"r\"")
            .fails(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.A.M"), "public final class A"),
        named("mask not final").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static long M = 0x800L; }").feature("B", "bit = 11, rationale = \"r\"")
            .fails(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.A.M"), "public final class A"),
        named("mask without a kind").type("", "public final class A { @SnpMask static final long M = 0; }")
            .feature("B", "bit = 11, rationale = \"r\"").compilerFails("public final class A"),
        named("mask that differs").type("", "public final class A {\n@SnpMask(SnpMask.Kind.PRESENT)"
            + " static final long M = 0x880L; }").feature("B", "bit = 11, rationale = \"r\"")
            .fails("g.A.M is 0x0000000000000880, but the PRESENT snpgate generates is 0x0000000000000800", "@SnpMask"),
        named("mask that agrees builds").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final long M = 0x800L; @SnpMask(SnpMask.Kind.IMPL_REQ) static final long I = 0xffffffffff7dbcf8L; }")
            .feature("B", "bit = 11, rationale = \"r\"").builds(1L << 11),
        named("mask from the generated registry builds").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final long M = SnpGateRegistry.PRESENT; }").feature("B", "bit = 11, rationale = \"r\"")
            .builds(1L << 11),
        named("mask from a constant expression builds").type("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final long M = 1L << 11; }").feature("B", "bit = 11, rationale = \"r\"").builds(1L << 11),
        // ecj 3.43 places no message on an enum constant: both compilers show it at the enum.
        named("mask on an enum constant").type("", "public enum E {\n@SnpMask(SnpMask.Kind.PRESENT) ON }")
            .feature("B", "bit = 11, rationale = \"r\"").onlyError()
            .fails(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.E.ON"), "public enum E"),
        named("mask on a record component").javacOnly().type("", "public record R(\n@SnpMask(SnpMask.Kind.PRESENT) long m) {}")
            .feature("B", "bit = 11, rationale = \"r\"").onlyError()
            .fails(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.R.m"), "@SnpMask"),
        // ecj 3.43 places no message in a record (see "record, ecj").
        named("mask on a record component, ecj").ecjOnly().type("", "public record R(\n@SnpMask(SnpMask.Kind.PRESENT) long m) {}")
            .feature("B", "bit = 11, rationale = \"r\"").onlyError()
            .failsWithoutPlace(format(Messages.MASK_FIELD_NOT_CONSTANT, "g.R.m")),
        named("empty override container builds").type("@SnpCatalogOverrides({})", "public final class A {}")
            .feature("B", "bit = 11, rationale = \"r\"").builds(1L << 11),
        named("mask without a guest").type("", "public final class A {\n@SnpMask(SnpMask.Kind.PRESENT) static final long M = 0L; }")
            .fails(format(Messages.MASK_WITHOUT_GUEST, "g.A.M"), "@SnpMask"));
  }
}
