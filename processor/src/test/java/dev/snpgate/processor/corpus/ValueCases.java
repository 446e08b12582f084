package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BODY;
import static dev.snpgate.processor.corpus.CaseBuilder.HEADER;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.List;

/** What {@code @SnpFeature}'s attributes may and may not say, however they are written. */
final class ValueCases {

  private ValueCases() {}

  static List<CorpusCase> cases() {
    return List.of(
        named("missing bit").feature("A", "").compilerFails("@SnpFeature()"),
        named("bit of the wrong type").feature("A", "bit = \"eleven\"").compilerFails("@SnpFeature"),
        named("bit from an undefined constant").feature("A", "bit = Bits.TSC").compilerFails("@SnpFeature"),
        named("bit not a constant").feature("A", "bit = Integer.parseInt(\"11\")").compilerFails("@SnpFeature"),
        named("bit as a long").feature("A", "bit = 11L").compilerFails("@SnpFeature"),
        named("bit as a char").feature("A", "bit = 'a'").fails(format(Messages.BIT_OUT_OF_RANGE, 97), "@SnpFeature"),
        named("bit from a constant expression builds").feature("A", "bit = 8 + 3, rationale = \"r\"").builds(1L << 11),
        named("bit from a constant of another class builds").feature("A", "bit = Bits.TSC, rationale = \"r\"")
            .file("g/Bits.java", "package g;\npublic final class Bits { public static final int TSC = 11; }\n")
            .builds(1L << 11),
        named("bit from a nested class's constant builds").type("@SnpFeature(bit = A.BIT, rationale = \"r\")",
            "public final class A implements GuestFeature { static final int BIT = 7; public void enable(SevStatus s) {} }")
            .builds(1L << 7),
        named("bit from a static import builds")
            .file("g/A.java", "package g;\nimport static g.Bits.TSC;\nimport dev.snpgate.annotations.*;\n"
                + "import dev.snpgate.runtime.*;\n@SnpFeature(bit = TSC, rationale = \"r\")\npublic final class A" + BODY + "\n")
            .file("g/Bits.java", "package g;\npublic final class Bits { public static final int TSC = 11; }\n")
            .builds(1L << 11),
        named("bit in hex builds").feature("A", "bit = 0xb, rationale = \"r\"").builds(1L << 11),
        named("bit in octal builds").feature("A", "bit = 013, rationale = \"r\"").builds(1L << 11),
        named("bit with underscores builds").feature("A", "bit = 1_1, rationale = \"r\"").builds(1L << 11),
        named("bit 64").feature("A", "bit = 64").fails(format(Messages.BIT_OUT_OF_RANGE, 64), "bit = 64"),
        named("bit -5").feature("A", "bit = -5").fails(format(Messages.BIT_OUT_OF_RANGE, -5), "bit = -5"),
        named("bit 0").feature("A", "bit = 0").fails(format(Messages.BIT_OUT_OF_RANGE, 0), "bit = 0"),
        named("bit 2, the SNP state bit").feature("A", "bit = 2").fails(format(Messages.BIT_OUT_OF_RANGE, 2), "bit = 2"),
        named("bit Integer.MAX_VALUE").feature("A", "bit = Integer.MAX_VALUE")
            .fails(format(Messages.BIT_OUT_OF_RANGE, Integer.MAX_VALUE), "bit = Integer.MAX_VALUE"),
        named("bit Integer.MIN_VALUE").feature("A", "bit = Integer.MIN_VALUE")
            .fails(format(Messages.BIT_OUT_OF_RANGE, Integer.MIN_VALUE), "bit = Integer.MIN_VALUE"),
        named("lowest feature bit 3 builds").feature("A", "bit = 3, rationale = \"r\"").builds(1L << 3),
        named("highest bit 63 with a name builds").feature("A", "bit = 63, name = \"Top\", rationale = \"r\"")
            .builds(1L << 63, "Top"),
        named("implRequired of the wrong type").feature("A", "bit = 11, implRequired = 1").compilerFails("@SnpFeature"),
        named("implRequired contradicting the catalog").feature("A", "bit = 8, implRequired = true")
            .fails(format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, true, 8, "NoHostIBS", "NO_IMPL_NEEDED", false,
                false), "@SnpFeature"),
        named("implRequired false on an IMPL_REQUIRED bit").feature("A", "bit = 11, implRequired = false")
            .fails(format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, false, 11, "SecureTSC", "IMPL_REQUIRED", true,
                true), "@SnpFeature"),
        named("implRequired false on a reserved bit").feature("A", "bit = 40, name = \"X\", implRequired = false")
            .fails(format(Messages.RESERVED_NOT_IMPL_REQUIRED, 40), "@SnpFeature"),
        named("implRequired agreeing with the catalog builds").feature("A", "bit = 8, implRequired = false, rationale = \"r\"")
            .builds(1L << 8),
        named("name null").feature("A", "bit = 11, name = null").compilerFails("@SnpFeature"),
        named("rationale of the wrong type").feature("A", "bit = 11, rationale = 3").compilerFails("@SnpFeature"),
        named("unknown attribute").feature("A", "bit = 11, tier = 1").compilerFails("@SnpFeature"),
        named("name contradicting the catalog").feature("A", "bit = 11, name = \"Tsc\"")
            .fails(format(Messages.NAME_CONTRADICTS_CATALOG, "Tsc", 11, "SecureTSC", "SecureTSC"), "@SnpFeature"),
        named("name agreeing with the catalog builds").feature("A", "bit = 11, name = \"SecureTSC\", rationale = \"r\"")
            .builds(1L << 11),
        named("reserved bit without a name").feature("A", "bit = 33")
            .fails(format(Messages.NAME_MISSING, 33), "@SnpFeature"),
        named("empty name on a reserved bit").feature("A", "bit = 33, name = \"\"")
            .fails(format(Messages.NAME_MISSING, 33), "@SnpFeature"),
        named("name with a space").feature("A", "bit = 33, name = \"New Thing\"")
            .fails(format(Messages.NAME_NOT_A_TOKEN, "New Thing"), "@SnpFeature"),
        named("name with a newline").feature("A", "bit = 33, name = \"A\\nB\"")
            .fails(format(Messages.NAME_NOT_A_TOKEN, "A\\nB"), "@SnpFeature"),
        named("name of a catalog bit on a reserved bit").feature("A", "bit = 40, name = \"SecureTSC\"")
            .fails(format(Messages.NAME_TAKEN, "SecureTSC", 40, "bit 11"), "@SnpFeature"),
        named("name of a catalog bit in other case").feature("A", "bit = 40, name = \"securetsc\"")
            .fails(format(Messages.NAME_TAKEN, "securetsc", 40, "bit 11"), "@SnpFeature"),
        named("name of a state bit").feature("A", "bit = 40, name = \"SEV\"")
            .fails(format(Messages.NAME_TAKEN, "SEV", 40, "bit 0"), "@SnpFeature"),
        named("name like a reserved token").feature("A", "bit = 40, name = \"reserved-bit-41\"")
            .fails(format(Messages.NAME_LOOKS_RESERVED, "reserved-bit-41", 40), "@SnpFeature"),
        named("name like its own reserved token").feature("A", "bit = 40, name = \"RESERVED-BIT-40\"")
            .fails(format(Messages.NAME_LOOKS_RESERVED, "RESERVED-BIT-40", 40), "@SnpFeature"),
        named("two new bits with one name").feature("A", "bit = 40, name = \"Same\"").feature("B", "bit = 41, name = \"same\"")
            .fails(format(Messages.NAME_TAKEN, "Same", 40, "bit 41 of g.B"), "@SnpFeature"),
        named("two new bits with distinct names build").feature("A", "bit = 40, name = \"One\", rationale = \"r\"")
            .feature("B", "bit = 41, name = \"Two\", rationale = \"r\"").builds(1L << 40 | 1L << 41, "One", "Two"),
        named("duplicate bits").feature("A", "bit = 11").feature("B", "bit = 11")
            .fails(format(Messages.DUPLICATE_BIT, 11, "g.A", "g.B"), "@SnpFeature"),
        named("duplicate bits through constants").feature("A", "bit = 11").feature("B", "bit = 10 + 1")
            .failsIn("g/B.java", format(Messages.DUPLICATE_BIT, 11, "g.B", "g.A"), "@SnpFeature"),
        named("three features build").feature("A", "bit = 7, rationale = \"r\"").feature("B", "bit = 11, rationale = \"r\"")
            .feature("C", "bit = 18, rationale = \"r\"").builds(0x40880L),
        named("a feature on every IMPL_REQUIRED catalog bit builds").feature("F3", "bit = 3, rationale = \"r\"")
            .feature("F4", "bit = 4, rationale = \"r\"").feature("F5", "bit = 5, rationale = \"r\"")
            .feature("F6", "bit = 6, rationale = \"r\"").feature("F7", "bit = 7, rationale = \"r\"")
            .feature("F10", "bit = 10, rationale = \"r\"").feature("F11", "bit = 11, rationale = \"r\"")
            .feature("F12", "bit = 12, rationale = \"r\"").feature("F16", "bit = 16, rationale = \"r\"")
            .feature("F18", "bit = 18, rationale = \"r\"").builds(0x51cf8L),
        named("rationale from the Javadoc builds").type("/** Takes the TSC from the security processor. More. */\n"
            + "@SnpFeature(bit = 11)", "public final class A" + BODY)
            .builds(1L << 11, "Takes the TSC from the security processor."),
        named("no rationale at all warns").feature("A", "bit = 11")
            .warns(format(Messages.NO_RATIONALE, "g.A"), "public final class A"),
        named("unrelated error beside a valid feature").feature("A", "bit = 11")
            .file("g/B.java", HEADER + "public final class B { int x = \"no\"; }\n").compilerFailsIn("g/B.java", "int x"),
        named("syntax error beside a valid feature").feature("A", "bit = 11")
            .file("g/B.java", HEADER + "public final class B { void f( }\n").compilerFailsIn("g/B.java", "void f("),
        named("unterminated class").type("@SnpFeature(bit = 11)", "public final class A implements GuestFeature {")
            .compilerFails("public final class A"));
  }
}
