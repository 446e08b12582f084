package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BODY;
import static dev.snpgate.processor.corpus.CaseBuilder.BUILT_IN_IMPL_REQ;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.List;

/** What another processor generates in the first round: annotation values, supertypes, declarations. */
final class LateCases {

  private LateCases() {}

  static List<CorpusCase> cases() {
    return List.of(
        named("bit from a constant another processor generates builds").feature("A", "bit = Bits.SECURE_TSC, rationale = \"r\"")
            .generated("g.Bits", "package g;\npublic final class Bits { public static final int SECURE_TSC = 11; }\n")
            .builds(1L << 11),
        named("two bits from generated constants build").feature("A", "bit = Bits.TSC, rationale = \"r\"")
            .feature("B", "bit = Bits.SWAP, rationale = \"r\"")
            .generated("g.Bits", "package g;\npublic final class Bits { public static final int TSC = 11, SWAP = 7; }\n")
            .builds(1L << 11 | 1L << 7),
        named("rationale from a generated constant builds").feature("A", "bit = 11, rationale = Texts.WHY")
            .generated("g.Texts", "package g;\npublic final class Texts { public static final String WHY = \"why\"; }\n")
            .builds(1L << 11, "why"),
        named("supertype another processor generates builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A extends Base {}")
            .generated("g.Base", "package g;\npublic abstract class Base implements dev.snpgate.runtime.GuestFeature {\n"
                + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n")
            .builds(1L << 11),
        named("registry name from a generated constant builds").type("@SnpGuest(registry = Names.REGISTRY)",
            "public final class Boot {}").feature("A", "bit = 11, rationale = \"r\"")
            .generated("g.Names", "package g;\npublic final class Names { public static final String REGISTRY = \"g.Custom\"; }\n")
            .builds(1L << 11),
        named("override bit from a generated constant builds").type("@SnpCatalogOverride(bit = Bits.NEW, name = \"New\","
            + " tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED, reference = \"r\")", "public final class A {}")
            .generated("g.Bits", "package g;\npublic final class Bits { public static final int NEW = 30; }\n")
            .builds(0, BUILT_IN_IMPL_REQ & ~(1L << 30), "New"),
        // Written in the first round that resolves, the registry cannot hold a class generated after it: an error, never a smaller PRESENT.
        named("feature class another processor generates").type("@SnpGuest", "public final class Boot {}")
            .generated("g.Gen", "package g;\n@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")\n"
                + "public final class Gen implements dev.snpgate.runtime.GuestFeature {\n"
                + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n")
            .failsWithoutPlace(format(Messages.FEATURE_AFTER_REGISTRY, "g.Gen", "g.SnpGateRegistry")),
        named("bit from a constant nothing generates").feature("A", "bit = Never.TSC").compilerFails("@SnpFeature"),
        named("feature class in a compact source file").file("Main.java", "import dev.snpgate.annotations.*;\n"
            + "import dev.snpgate.runtime.*;\n@SnpFeature(bit = 11, rationale = \"r\")\npublic static final class F" + BODY
            + "\nvoid main() {}\n").javacOnly().minimumJdk(25)
            .fails("cannot be named from other code", "public static final class F"));
  }
}
