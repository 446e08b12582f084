package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.assertSingleError;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.source;

import com.google.testing.compile.Compilation;
import dev.snpgate.processor.reporting.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per feature-class error: the message, the file and the line it points at. */
class FeatureErrorsTest {

  @Test
  void bitAboveRange() {
    JavaFileObject file = feature("g.Big", "bit = 99");
    assertSingleError(compile(file), file, String.format(Messages.BIT_OUT_OF_RANGE, 99), "bit = 99");
  }

  @Test
  void bitSixtyFourIsTheFirstAboveRange() {
    JavaFileObject file = feature("g.Past", "bit = 64");
    assertSingleError(compile(file), file, String.format(Messages.BIT_OUT_OF_RANGE, 64), "bit = 64");
  }

  @Test
  void bitThreeIsTheFirstFeatureBit() {
    assertThat(compile(feature("g.Vtom", "bit = 3"))).succeededWithoutWarnings();
  }

  @Test
  void stateBitIsNotAFeature() {
    JavaFileObject file = feature("g.Snp", "bit = 2, name = \"SEV-SNP\"");
    assertSingleError(compile(file), file, String.format(Messages.BIT_OUT_OF_RANGE, 2), "bit = 2");
  }

  @Test
  void negativeBit() {
    JavaFileObject file = feature("g.Negative", "bit = -1");
    assertSingleError(compile(file), file, String.format(Messages.BIT_OUT_OF_RANGE, -1), "bit = -1");
  }

  @Test
  void twoClassesClaimingOneBitAreBothNamedOnBoth() {
    JavaFileObject first = feature("g.SecureTsc", "bit = 11");
    JavaFileObject second = feature("g.OtherTsc", "bit = 11");
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_BIT, 11, "g.SecureTsc", "g.OtherTsc"))
        .inFile(first).onLineContaining("bit = 11");
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_BIT, 11, "g.OtherTsc", "g.SecureTsc"))
        .inFile(second).onLineContaining("bit = 11");
  }

  @Test
  void twoNewBitsWithOneNameAreNamedOnBoth() {
    // Names compare ignoring case, as operators type them.
    JavaFileObject first = feature("g.A", "bit = 40, name = \"Same\", rationale = \"r\"");
    JavaFileObject second = feature("g.B", "bit = 41, name = \"same\", rationale = \"r\"");
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(String.format(Messages.NAME_TAKEN, "Same", 40, "bit 41 of g.B"))
        .inFile(first).onLineContaining("@SnpFeature");
    assertThat(compilation).hadErrorContaining(String.format(Messages.NAME_TAKEN, "same", 41, "bit 40 of g.A"))
        .inFile(second).onLineContaining("@SnpFeature");
  }

  @Test
  void featureInTheUnnamedPackageBesideANamedGuest() {
    JavaFileObject file = source("A",
        "@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")",
        "public final class A implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    JavaFileObject guest = source("g.package-info", "@dev.snpgate.annotations.SnpGuest", "package g;");
    assertSingleError(compile(file, guest), file, String.format(Messages.FEATURE_IN_UNNAMED_PACKAGE, "A", "g"),
        "public final class A");
  }

  @Test
  void classNotImplementingGuestFeature() {
    JavaFileObject file = source("g.Plain",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Plain {}");
    assertSingleError(compile(file), file, String.format(Messages.NOT_GUEST_FEATURE, "g.Plain"), "class Plain");
  }

  @Test
  void abstractClass() {
    JavaFileObject file = source("g.Abstract",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public abstract class Abstract implements dev.snpgate.runtime.GuestFeature {}");
    assertSingleError(compile(file), file, String.format(Messages.ABSTRACT, "g.Abstract"), "class Abstract");
  }

  @Test
  void classNotPublic() {
    JavaFileObject file = source("g.Hidden",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "final class Hidden implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.NOT_PUBLIC, "g.Hidden"), "class Hidden");
  }

  @Test
  void publicClassNestedInAClassThatIsNot() {
    JavaFileObject file = source("g.Outer",
        "package g;",
        "final class Outer {",
        "  @dev.snpgate.annotations.SnpFeature(bit = 11)",
        "  public static final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "    public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "  }",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.NOT_PUBLIC, "g.Outer.Tsc"), "class Tsc");
  }

  @Test
  void nonStaticInnerClass() {
    JavaFileObject file = source("g.Kernel",
        "package g;",
        "public final class Kernel {",
        "  @dev.snpgate.annotations.SnpFeature(bit = 11)",
        "  public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "    public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "  }",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.INNER_CLASS, "g.Kernel.Tsc"), "class Tsc");
  }

  @Test
  void noPublicNoArgumentConstructor() {
    JavaFileObject file = source("g.Configured",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Configured implements dev.snpgate.runtime.GuestFeature {",
        "  public Configured(int frequency) {}",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    assertSingleError(compile(file), file,
        String.format(Messages.NO_PUBLIC_CONSTRUCTOR, "g.Configured", "g.Configured"), "class Configured");
  }

  @Test
  void privateConstructorOnly() {
    JavaFileObject file = source("g.Singleton",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Singleton implements dev.snpgate.runtime.GuestFeature {",
        "  private Singleton() {}",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    assertSingleError(compile(file), file,
        String.format(Messages.NO_PUBLIC_CONSTRUCTOR, "g.Singleton", "g.Singleton"), "class Singleton");
  }

  @Test
  void implRequiredFalseOnAnImplRequiredBitQuotesTheCatalog() {
    JavaFileObject file = feature("g.SecureTsc", "bit = 11,\n    implRequired = false");
    assertSingleError(compile(file), file,
        String.format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, false, 11, "SecureTSC", "IMPL_REQUIRED", true, true),
        "implRequired = false");
  }

  @Test
  void implRequiredTrueOnANoImplNeededBitQuotesTheCatalog() {
    JavaFileObject file = feature("g.NoHostIbs", "bit = 8,\n    implRequired = true");
    assertSingleError(compile(file), file,
        String.format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, true, 8, "NoHostIBS", "NO_IMPL_NEEDED", false, false),
        "implRequired = true");
  }

  @Test
  void omittedImplRequiredTakesTheCatalogTier() {
    assertThat(compile(feature("g.NoHostIbs", "bit = 8"))).succeededWithoutWarnings();
  }

  @Test
  void nameContradictingTheCatalog() {
    JavaFileObject file = feature("g.SecureTsc", "bit = 11,\n    name = \"SecureTsc\"");
    assertSingleError(compile(file), file,
        String.format(Messages.NAME_CONTRADICTS_CATALOG, "SecureTsc", 11, "SecureTSC", "SecureTSC"),
        "name = \"SecureTsc\"");
  }

  @Test
  void reservedBitWithoutAName() {
    JavaFileObject file = feature("g.Future", "bit = 45");
    assertSingleError(compile(file), file, String.format(Messages.NAME_MISSING, 45), "bit = 45");
  }

  @Test
  void reservedBitDeclaredAsNeedingNoImplementation() {
    JavaFileObject file = feature("g.Future", "bit = 45, name = \"FutureFeat\",\n    implRequired = false");
    assertSingleError(compile(file), file, String.format(Messages.RESERVED_NOT_IMPL_REQUIRED, 45),
        "implRequired = false");
  }

  @Test
  void nameThatIsNotAToken() {
    JavaFileObject file = feature("g.Future", "bit = 45,\n    name = \"Future Feat\"");
    assertSingleError(compile(file), file, String.format(Messages.NAME_NOT_A_TOKEN, "Future Feat"),
        "name = \"Future Feat\"");
  }

  @Test
  void enumAnnotatedByMistake() {
    JavaFileObject file = source("g.Mode",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public enum Mode { ON }");
    assertSingleError(compile(file), file, String.format(Messages.WRONG_KIND, "g.Mode", "an enum"), "enum Mode");
  }

  @Test
  void recordAnnotatedByMistake() {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public record Tsc() implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.WRONG_KIND, "g.Tsc", "a record"), "record Tsc");
  }

  @Test
  void interfaceAnnotatedByMistake() {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public interface Tsc extends dev.snpgate.runtime.GuestFeature {}");
    assertSingleError(compile(file), file, String.format(Messages.WRONG_KIND, "g.Tsc", "an interface"),
        "interface Tsc");
  }

  @Test
  void everyProblemOfOneClassIsReported() {
    JavaFileObject file = source("g.Bad",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11, name = \"Wrong\")",
        "abstract class Bad {",
        "  Bad(int x) {}",
        "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation).hadErrorContaining(String.format(Messages.NOT_GUEST_FEATURE, "g.Bad"));
    assertThat(compilation).hadErrorContaining(String.format(Messages.ABSTRACT, "g.Bad"));
    assertThat(compilation).hadErrorContaining(String.format(Messages.NOT_PUBLIC, "g.Bad"));
    assertThat(compilation).hadErrorContaining(String.format(Messages.NO_PUBLIC_CONSTRUCTOR, "g.Bad", "g.Bad"));
    assertThat(compilation).hadErrorContaining(
        String.format(Messages.NAME_CONTRADICTS_CATALOG, "Wrong", 11, "SecureTSC", "SecureTSC"));
  }

  @Test
  void aValidClassBesideABadOneAddsNoNoise() {
    JavaFileObject bad = feature("g.Big", "bit = 99");
    assertSingleError(compile(feature("g.Ok", "bit = 7"), bad), bad,
        String.format(Messages.BIT_OUT_OF_RANGE, 99), "bit = 99");
  }

  @Test
  void constructorDeclaringCheckedExceptions() {
    JavaFileObject file = source("g.Risky",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Risky implements dev.snpgate.runtime.GuestFeature {",
        "  public Risky() throws java.io.IOException, IllegalStateException {}",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.CONSTRUCTOR_THROWS, "g.Risky", "java.io.IOException"),
        "public Risky()");
  }

  @Test
  void registryNameTakenByAClassOfTheGuest() {
    JavaFileObject taken = source("g.SnpGateRegistry", "package g;", "public final class SnpGateRegistry {}");
    assertSingleError(compile(taken, feature("g.Tsc", "bit = 11")), taken,
        String.format(Messages.REGISTRY_EXISTS, "g.SnpGateRegistry"), "class SnpGateRegistry");
  }

  @Test
  void annotationTypeAnnotatedByMistake() {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public @interface Tsc {}");
    assertSingleError(compile(file), file, String.format(Messages.WRONG_KIND, "g.Tsc", "an annotation type"),
        "@interface Tsc");
  }

  @Test
  void firstAndLastFeatureBitsAreFeatures() {
    assertThat(compile(feature("g.VTom", "bit = 3"), feature("g.Last", "bit = 63, name = \"Last\"")))
        .succeededWithoutWarnings();
  }

  @Test
  void rationaleLongerThanTheLimit() {
    JavaFileObject file = feature("g.Tsc", "bit = 11, rationale = \"" + "r".repeat(4001) + "\"");
    assertSingleError(compile(file), file, String.format(Messages.TEXT_TOO_LONG, "rationale", 4001, 4000), "@SnpFeature");
  }

  @Test
  void rationaleFromAJavadocSentenceLongerThanTheLimit() {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "/** " + "w".repeat(4000) + ". */",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus status) {}",
        "}");
    assertSingleError(compile(file), file, String.format(Messages.TEXT_TOO_LONG, "rationale", 4001, 4000), "@dev.snpgate");
  }

  @Test
  void featureNameLongerThanTheLimitIsMeasuredNotQuoted() {
    JavaFileObject file = feature("g.New", "bit = 30, name = \"" + "N".repeat(201) + "\"");
    assertSingleError(compile(file), file, String.format(Messages.TEXT_TOO_LONG, "name", 201, 200), "@SnpFeature");
  }
}
