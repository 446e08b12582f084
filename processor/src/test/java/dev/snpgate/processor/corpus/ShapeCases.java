package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BODY;
import static dev.snpgate.processor.corpus.CaseBuilder.HEADER;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.List;

/** Feature classes of every shape an annotation can sit on, and what the registry needs of them. */
final class ShapeCases {

  private ShapeCases() {}

  static List<CorpusCase> cases() {
    return List.of(
        named("enum").type("@SnpFeature(bit = 11)", "public enum A { ON }")
            .fails(format(Messages.WRONG_KIND, "g.A", "an enum"), "public enum A"),
        named("record").type("@SnpFeature(bit = 11)", "public record A()" + BODY).javacOnly()
            .fails(format(Messages.WRONG_KIND, "g.A", "a record"), "public record A"),
        // ecj 3.43 gives a record element no source position, so the message has no place.
        named("record, ecj").type("@SnpFeature(bit = 11)", "public record A()" + BODY).ecjOnly()
            .failsWithoutPlace(format(Messages.WRONG_KIND, "g.A", "a record")),
        named("interface").type("@SnpFeature(bit = 11)", "public interface A extends GuestFeature {}")
            .fails(format(Messages.WRONG_KIND, "g.A", "an interface"), "public interface A"),
        named("annotation type").type("@SnpFeature(bit = 11)", "public @interface A {}")
            .fails(format(Messages.WRONG_KIND, "g.A", "an annotation type"), "public @interface A"),
        named("abstract class").type("@SnpFeature(bit = 11)", "public abstract class A" + BODY)
            .fails(format(Messages.ABSTRACT, "g.A"), "public abstract class A"),
        named("non-static inner class").type("", "public final class A { @SnpFeature(bit = 11) public final class B"
            + BODY + " }").fails(format(Messages.INNER_CLASS, "g.A.B"), "public final class B"),
        named("private constructor").type("@SnpFeature(bit = 11)", "public final class A"
            + " implements GuestFeature { private A() {} public void enable(SevStatus s) {} }")
            .fails(format(Messages.NO_PUBLIC_CONSTRUCTOR, "g.A", "g.A"), "public final class A"),
        named("constructor with a parameter only").type("@SnpFeature(bit = 11)", "public final class A"
            + " implements GuestFeature { public A(int x) {} public void enable(SevStatus s) {} }")
            .fails(format(Messages.NO_PUBLIC_CONSTRUCTOR, "g.A", "g.A"), "public final class A"),
        named("constructor throwing a checked exception").type("@SnpFeature(bit = 11)", "public final class A"
            + " implements GuestFeature {\npublic A() throws Exception {}\npublic void enable(SevStatus s) {} }")
            .fails(format(Messages.CONSTRUCTOR_THROWS, "g.A", "java.lang.Exception"), "public A() throws"),
        named("constructor throwing an unchecked exception builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A implements GuestFeature { public A() throws IllegalStateException {}"
            + " public void enable(SevStatus s) {} }").builds(1L << 11),
        named("package-private class").type("@SnpFeature(bit = 11)", "final class A" + BODY)
            .fails(format(Messages.NOT_PUBLIC, "g.A"), "final class A"),
        named("public nested class in a package-private class").type("", "final class A { @SnpFeature(bit = 11)"
            + "\npublic static final class B" + BODY + " }").fails(format(Messages.NOT_PUBLIC, "g.A.B"), "public static final class B"),
        named("static nested class builds").type("", "public final class A {\n@SnpFeature(bit = 11, rationale = \"r\")"
            + "\npublic static final class B" + BODY + " }").builds(1L << 11, "g.A.B"),
        named("doubly nested class builds").type("", "public final class A { public static final class B {\n"
            + "@SnpFeature(bit = 7, rationale = \"r\")\npublic static final class C" + BODY + " } }").builds(1L << 7, "g.A.B.C"),
        named("not a GuestFeature").type("@SnpFeature(bit = 11)", "public final class A {}")
            .fails(format(Messages.NOT_GUEST_FEATURE, "g.A"), "public final class A"),
        named("enable not implemented").type("@SnpFeature(bit = 11)", "public final class A implements GuestFeature {}")
            .compilerFails("public final class A"),
        named("generic feature class builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A<T>" + BODY).builds(1L << 11),
        named("generic feature class with a bound builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A<T extends Comparable<T>>" + BODY).builds(1L << 11),
        named("deprecated feature class builds").type("@SnpFeature(bit = 11, rationale = \"r\") @Deprecated",
            "public final class A" + BODY).builds(1L << 11),
        named("feature class deprecated for removal builds").type("@SnpFeature(bit = 11, rationale = \"r\")"
            + " @Deprecated(forRemoval = true)", "public final class A" + BODY).builds(1L << 11),
        named("feature class extending an abstract base builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A extends Base {}")
            .file("g/Base.java", HEADER + "public abstract class Base" + BODY + "\n").builds(1L << 11),
        named("feature class implementing a sub-interface builds").type("@SnpFeature(bit = 11, rationale = \"r\")",
            "public final class A implements Timer { public void enable(SevStatus s) {} }")
            .file("g/Timer.java", HEADER + "public interface Timer extends GuestFeature {}\n").builds(1L << 11),
        named("annotation on a method").type("", "public final class A"
            + " {\n@SnpFeature(bit = 11) public void enable(SevStatus s) {} }").compilerFails("@SnpFeature(bit = 11)"),
        named("annotation on a field").type("", "public final class A {\n@SnpFeature(bit = 11) int x; }")
            .compilerFails("@SnpFeature(bit = 11)"),
        named("annotation on a constructor").type("", "public final class A {\n@SnpFeature(bit = 11) public A() {} }")
            .compilerFails("@SnpFeature(bit = 11)"),
        named("annotation on a parameter").type("", "public final class A {\nvoid f(@SnpFeature(bit = 11) int x) {} }")
            .compilerFails("@SnpFeature(bit = 11)"),
        named("annotation on a type use").type("", "public final class A {\njava.util.List<@SnpFeature(bit = 11) String> x; }")
            .compilerFails("@SnpFeature(bit = 11)"),
        // ecj also hands the package to processors despite @Target(TYPE): snpgate must not crash on it.
        named("annotation on a package").file("g/package-info.java",
            "@dev.snpgate.annotations.SnpFeature(bit = 11)\npackage g;\n")
            .onlyError().compilerFails("@dev.snpgate.annotations.SnpFeature"),
        named("annotation twice").type("@SnpFeature(bit = 11) @SnpFeature(bit = 7)", "public final class A" + BODY)
            .compilerFails("@SnpFeature(bit = 11) @SnpFeature(bit = 7)"),
        named("feature class named like the default registry").type("@SnpFeature(bit = 11)",
            "public final class SnpGateRegistry" + BODY)
            .fails(format(Messages.REGISTRY_EXISTS, "g.SnpGateRegistry"), "public final class SnpGateRegistry"),
        named("feature in the unnamed package beside a named guest")
            .file("A.java", "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n"
                + "@SnpFeature(bit = 11, rationale = \"r\")\npublic final class A" + BODY + "\n")
            .file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .fails(format(Messages.FEATURE_IN_UNNAMED_PACKAGE, "A", "g"), "public final class A"),
        named("feature and guest in the unnamed package build")
            .file("A.java", "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n"
                + "@SnpFeature(bit = 11, rationale = \"r\")\npublic final class A" + BODY + "\n")
            .builds(1L << 11, "A"));
  }
}
