package dev.snpgate.processor.corpus;

import static dev.snpgate.processor.corpus.CaseBuilder.BODY;
import static dev.snpgate.processor.corpus.CaseBuilder.HEADER;
import static dev.snpgate.processor.corpus.CaseBuilder.format;
import static dev.snpgate.processor.corpus.CaseBuilder.named;

import dev.snpgate.processor.reporting.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code @SnpGuest}: the registry's name and package, the guest's name. */
final class GuestCases {

  private GuestCases() {}

  private static CaseBuilder guest(String name, String attributes) {
    return named(name).type("@SnpGuest(" + attributes + ")", "public final class Boot {}")
        .feature("A", "bit = 11, rationale = \"r\"");
  }

  /**
   * A case whose message is on a package: javac places it at the package declaration, ecj (which
   * places nothing on a package) at the annotation that starts package-info.java.
   */
  private static List<CorpusCase> onPackageInfo(String name, String file, String message,
      UnaryOperator<CaseBuilder> sources) {
    return List.of(sources.apply(named(name).javacOnly()).failsIn(file, message, "package "),
        sources.apply(named(name + ", ecj").ecjOnly()).failsIn(file, message, "@dev.snpgate"));
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> cases = new ArrayList<>(onPackageInfo("guest on a package-info and on a class", "g/package-info.java",
        format(Messages.DUPLICATE_GUEST, "package g", "g.B"),
        guest -> guest.file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .type("@SnpGuest", "public final class B {}")));
    cases.addAll(onPackageInfo("guest on two package-infos", "h/package-info.java",
        format(Messages.DUPLICATE_GUEST, "package h", "package g"),
        guest -> guest.file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .file("h/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage h;\n")));
    cases.addAll(List.of(
        named("two guests").type("@SnpGuest", "public final class A {}").type("@SnpGuest", "public final class B {}")
            .fails(format(Messages.DUPLICATE_GUEST, "g.A", "g.B"), "public final class A"),
        guest("guest registry not a class name", "registry = \"g.1Registry\"")
            .fails(format(Messages.BAD_REGISTRY_NAME, "g.1Registry"), "@SnpGuest"),
        guest("guest registry in the unnamed package", "registry = \"Registry\"")
            .fails(format(Messages.BAD_REGISTRY_NAME, "Registry"), "@SnpGuest"),
        guest("guest registry with an empty segment", "registry = \"g..R\"")
            .fails(format(Messages.BAD_REGISTRY_NAME, "g..R"), "@SnpGuest"),
        guest("guest registry with a keyword", "registry = \"g.class.R\"")
            .fails(format(Messages.BAD_REGISTRY_NAME, "g.class.R"), "@SnpGuest"),
        guest("guest registry with a newline", "registry = \"g.R\\nS\"")
            .fails(format(Messages.BAD_REGISTRY_NAME, "g.R\\nS"), "@SnpGuest"),
        guest("guest registry named record", "registry = \"g.record\"")
            .fails(format(Messages.REGISTRY_NAME_RESTRICTED, "g.record", "record"), "@SnpGuest"),
        guest("guest registry named var", "registry = \"g.var\"")
            .fails(format(Messages.REGISTRY_NAME_RESTRICTED, "g.var", "var"), "@SnpGuest"),
        guest("guest registry named yield", "registry = \"g.yield\"")
            .fails(format(Messages.REGISTRY_NAME_RESTRICTED, "g.yield", "yield"), "@SnpGuest"),
        guest("guest registry named sealed", "registry = \"g.sealed\"")
            .fails(format(Messages.REGISTRY_NAME_RESTRICTED, "g.sealed", "sealed"), "@SnpGuest"),
        guest("guest registry named permits", "registry = \"g.permits\"")
            .fails(format(Messages.REGISTRY_NAME_RESTRICTED, "g.permits", "permits"), "@SnpGuest"),
        guest("guest registry in java", "registry = \"java.Registry\"")
            .fails(format(Messages.REGISTRY_IN_JAVA_PACKAGE, "java.Registry"), "@SnpGuest"),
        guest("guest registry in java.lang", "registry = \"java.lang.Registry\"")
            .fails(format(Messages.REGISTRY_IN_JAVA_PACKAGE, "java.lang.Registry"), "@SnpGuest"),
        guest("guest registry in a package named javax builds", "registry = \"javaxx.R\"").builds(1L << 11),
        guest("guest registry whose package is a class", "registry = \"g.A.R\"")
            .fails(format(Messages.REGISTRY_PACKAGE_IS_A_CLASS, "g.A.R", "g.A", "g.A"), "@SnpGuest"),
        guest("guest registry with a 300-character name", "registry = \"g." + "R".repeat(300) + "\"")
            .fails(format(Messages.REGISTRY_NAME_TOO_LONG, 300, 200), "@SnpGuest"),
        guest("guest registry with a 200-character name builds", "registry = \"g." + "R".repeat(200) + "\"")
            .builds(1L << 11),
        guest("guest registry clashing with a class", "registry = \"g.A\"")
            .failsIn("g/A.java", format(Messages.REGISTRY_EXISTS, "g.A"), "public final class A"),
        guest("guest registry in another package builds", "registry = \"other.pkg.GuestRegistry\"").builds(1L << 11),
        guest("guest registry with a non-ASCII name builds", "registry = \"g.Régistre\"").builds(1L << 11),
        guest("guest name that is not a token", "name = \"my guest\"")
            .fails(format(Messages.GUEST_NAME_NOT_A_TOKEN, "my guest"), "@SnpGuest"),
        guest("guest name with a line separator", "name = \"a\\u2028b\"")
            .fails(format(Messages.GUEST_NAME_NOT_A_TOKEN, "a\u2028b").substring(0, 10), "@SnpGuest"),
        guest("guest name starting with a dot", "name = \".hidden\"")
            .fails(format(Messages.GUEST_NAME_NOT_A_TOKEN, ".hidden"), "@SnpGuest"),
        guest("guest name with dots and dashes builds", "name = \"guest-1.2_x\"").builds(1L << 11),
        guest("guest name of 65,500 characters", "name = \"" + "g".repeat(65500) + "\"").onlyError()
            .fails(format(Messages.TEXT_TOO_LONG, "name", 65500, 200), "@SnpGuest"),
        guest("guest name of 200 characters builds", "name = \"" + "g.".repeat(100) + "\"").builds(1L << 11),
        guest("guest registry naming a class of the snpgate runtime", "registry = \"dev.snpgate.runtime.Catalog\"")
            .onlyError().fails(format(Messages.REGISTRY_ON_CLASS_PATH, "dev.snpgate.runtime.Catalog"), "@SnpGuest"),
        named("guest registry named like a class of a library jar").feature("A", "bit = 11, rationale = \"r\"")
            .libraryFile("g/SnpGateRegistry.java", "package g;\npublic final class SnpGateRegistry {}\n")
            .onlyError().fails(format(Messages.REGISTRY_ON_CLASS_PATH, "g.SnpGateRegistry"), "public final class A"),
        named("guest annotation on a method").type("", "public final class A { @SnpGuest void f() {} }")
            .compilerFails("@SnpGuest"),
        named("guest without features builds").type("@SnpGuest", "public final class Boot {}").builds(0),
        named("guest on a package-info builds").file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .feature("A", "bit = 11, rationale = \"r\"").builds(1L << 11),
        named("guest in a package with classes named like java.lang types builds")
            .feature("A", "bit = 11, rationale = \"r\"")
            .file("g/Override.java", "package g;\npublic class Override {}\n")
            .file("g/String.java", "package g;\npublic class String {}\n")
            .file("g/Integer.java", "package g;\npublic class Integer {}\n")
            .file("g/IllegalArgumentException.java", "package g;\npublic class IllegalArgumentException {}\n")
            .file("g/Generated.java", "package g;\npublic class Generated {}\n")
            .builds(1L << 11),
        named("guest in a package with classes named like runtime types builds")
            .feature("A", "bit = 11, rationale = \"r\"")
            .file("g/List.java", "package g;\npublic class List {}\n")
            .file("g/Catalog.java", "package g;\npublic class Catalog {}\n")
            .file("g/FeatureDescriptor.java", "package g;\npublic class FeatureDescriptor {}\n")
            .file("g/Gate.java", "package g;\npublic class Gate {}\n")
            .builds(1L << 11),
        named("features in two packages without @SnpGuest")
            .file("g/a/A.java", HEADER.replace("package g;", "package g.a;") + "@SnpFeature(bit = 7, rationale = \"r\")\n"
                + "public final class A" + BODY + "\n")
            .file("g/b/B.java", HEADER.replace("package g;", "package g.b;") + "@SnpFeature(bit = 11, rationale = \"r\")\n"
                + "public final class B" + BODY + "\n")
            .failsIn("g/a/A.java", format(Messages.GUEST_REQUIRED, "span the packages g.a, g.b"), "public final class A"),
        named("features in the unnamed package and in package a without @SnpGuest")
            .file("A.java", "import dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n"
                + "@SnpFeature(bit = 7, rationale = \"r\")\npublic final class A" + BODY + "\n")
            .file("a/B.java", HEADER.replace("package g;", "package a;") + "@SnpFeature(bit = 11, rationale = \"r\")\n"
                + "public final class B" + BODY + "\n")
            .fails(format(Messages.GUEST_REQUIRED, "span the packages a and the unnamed package"), "public final class A"),
        named("features in two packages with @SnpGuest build")
            .file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .file("g/a/A.java", HEADER.replace("package g;", "package g.a;") + "@SnpFeature(bit = 7, rationale = \"r\")\n"
                + "public final class A" + BODY + "\n")
            .file("g/b/B.java", HEADER.replace("package g;", "package g.b;") + "@SnpFeature(bit = 11, rationale = \"r\")\n"
                + "public final class B" + BODY + "\n")
            .builds(1L << 7 | 1L << 11, "g.a.A", "g.b.B"),
        named("feature classes with one simple name in two packages build")
            .file("g/package-info.java", "@dev.snpgate.annotations.SnpGuest\npackage g;\n")
            .file("g/a/F.java", HEADER.replace("package g;", "package g.a;") + "@SnpFeature(bit = 7, rationale = \"r\")\n"
                + "public final class F" + BODY + "\n")
            .file("g/b/F.java", HEADER.replace("package g;", "package g.b;") + "@SnpFeature(bit = 11, rationale = \"r\")\n"
                + "public final class F" + BODY + "\n")
            .builds(1L << 7 | 1L << 11, "g.a.F", "g.b.F"),
        named("runtime missing is not reached with javac errors").type("@SnpFeature(bit = 11)",
            "public final class A implements Missing {}").compilerFails("public final class A")));
    return cases;
  }
}
