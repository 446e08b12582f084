package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.snpgate.processor.validation.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken guests: half-typed annotations, wrong shapes, broken syntax, conflicting
 * declarations. Every compilation must end with diagnostics and none with an exception or an
 * internal error of the processor.
 */
class BrokenSourcesTest {

  private static final String HEADER = "package g;\n"
      + "import dev.snpgate.annotations.*;\n"
      + "import dev.snpgate.runtime.*;\n";

  /** {@code java.lang.IllegalStateException: boom}: how an escaped exception shows. */
  private static final java.util.regex.Pattern STACK_TRACE_HEAD =
      java.util.regex.Pattern.compile("\\b[\\w.]+(Exception|Error): ");

  private static final String BODY = " implements GuestFeature { public void enable(SevStatus s) {} }";

  private static Arguments brokenCase(String name, String... sources) {
    return Arguments.of(name, List.of(sources));
  }

  /** A source of package g: its first top-level type's name is taken from {@code class|enum|... Name}. */
  private static String feature(String annotation, String declaration) {
    return HEADER + annotation + "\n" + declaration;
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        brokenCase("missing bit", feature("@SnpFeature()", "public final class A" + BODY)),
        brokenCase("bit of the wrong type", feature("@SnpFeature(bit = \"eleven\")", "public final class A" + BODY)),
        brokenCase("bit from an undefined constant", feature("@SnpFeature(bit = Bits.TSC)", "public final class A" + BODY)),
        brokenCase("bit not a constant", feature("@SnpFeature(bit = Integer.parseInt(\"11\"))", "public final class A" + BODY)),
        brokenCase("implRequired of the wrong type", feature("@SnpFeature(bit = 11, implRequired = 1)", "public final class A" + BODY)),
        brokenCase("name null", feature("@SnpFeature(bit = 11, name = null)", "public final class A" + BODY)),
        brokenCase("rationale of the wrong type", feature("@SnpFeature(bit = 11, rationale = 3)", "public final class A" + BODY)),
        brokenCase("unknown attribute", feature("@SnpFeature(bit = 11, tier = 1)", "public final class A" + BODY)),
        brokenCase("implements a type that never exists", feature("@SnpFeature(bit = 11)",
            "public final class A implements GuestFeature, NeverGenerated { public void enable(SevStatus s) {} }")),
        brokenCase("extends a type that never exists", feature("@SnpFeature(bit = 11)",
            "public final class A extends NeverGenerated implements GuestFeature { public void enable(SevStatus s) {} }")),
        brokenCase("unterminated class", feature("@SnpFeature(bit = 11)", "public final class A implements GuestFeature {")),
        brokenCase("annotation on a method", feature("", "public final class A" 
            + " { @SnpFeature(bit = 11) public void enable(SevStatus s) {} }")),
        brokenCase("annotation on a field", feature("", "public final class A { @SnpFeature(bit = 11) int x; }")),
        brokenCase("annotation twice", feature("@SnpFeature(bit = 11) @SnpFeature(bit = 7)", "public final class A" + BODY)),
        brokenCase("enum", feature("@SnpFeature(bit = 11)", "public enum A { ON }")),
        brokenCase("record", feature("@SnpFeature(bit = 11)", "public record A()" + BODY)),
        brokenCase("interface", feature("@SnpFeature(bit = 11)", "public interface A extends GuestFeature {}")),
        brokenCase("annotation type", feature("@SnpFeature(bit = 11)", "public @interface A {}")),
        brokenCase("abstract class", feature("@SnpFeature(bit = 11)", "public abstract class A" + BODY)),
        brokenCase("non-static inner class", feature("", "public final class A { @SnpFeature(bit = 11) public final class B"
            + BODY + " }")),
        brokenCase("private constructor", feature("@SnpFeature(bit = 11)", "public final class A"
            + " implements GuestFeature { private A() {} public void enable(SevStatus s) {} }")),
        brokenCase("constructor throwing a checked exception", feature("@SnpFeature(bit = 11)", "public final class A"
            + " implements GuestFeature { public A() throws Exception {} public void enable(SevStatus s) {} }")),
        brokenCase("enable not implemented", feature("@SnpFeature(bit = 11)", "public final class A implements GuestFeature {}")),
        brokenCase("bit 64", feature("@SnpFeature(bit = 64)", "public final class A" + BODY)),
        brokenCase("bit -5", feature("@SnpFeature(bit = -5)", "public final class A" + BODY)),
        brokenCase("bit 0", feature("@SnpFeature(bit = 0)", "public final class A" + BODY)),
        brokenCase("name contradicting the catalog", feature("@SnpFeature(bit = 11, name = \"Tsc\")", "public final class A" + BODY)),
        brokenCase("reserved bit without a name", feature("@SnpFeature(bit = 33)", "public final class A" + BODY)),
        brokenCase("empty name on a reserved bit", feature("@SnpFeature(bit = 33, name = \"\")", "public final class A" + BODY)),
        brokenCase("duplicate bits", feature("@SnpFeature(bit = 11)", "public final class A" + BODY),
            feature("@SnpFeature(bit = 11)", "public final class B" + BODY)),
        brokenCase("two guests", feature("@SnpGuest", "public final class A {}"), feature("@SnpGuest", "public final class B {}")),
        brokenCase("guest registry not a class name", feature("@SnpGuest(registry = \"g.1Registry\")", "public final class A {}")),
        brokenCase("guest registry clashing with a class", feature("@SnpGuest(registry = \"g.A\")", "public final class A {}")),
        brokenCase("feature class named like the registry", feature("@SnpFeature(bit = 11)", "public final class SnpGateRegistry" + BODY)),
        brokenCase("guest annotation on a method", feature("", "public final class A { @SnpGuest void f() {} }")),
        brokenCase("override of a defined bit", feature("@SnpCatalogOverride(bit = 11, name = \"X\","
            + " tier = SnpCatalogOverride.Tier.IMPL_REQUIRED, reference = \"r\")", "public final class A {}")),
        brokenCase("override without a tier", feature("@SnpCatalogOverride(bit = 30, name = \"X\", reference = \"r\")",
            "public final class A {}")),
        brokenCase("override with an empty name", feature("@SnpCatalogOverride(bit = 30, name = \"\","
            + " tier = SnpCatalogOverride.Tier.IMPL_REQUIRED, reference = \"r\")", "public final class A {}")),
        brokenCase("mask on a String", feature("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final String M = \"0x880\"; }"), feature("@SnpFeature(bit = 11)", "public final class B" + BODY)),
        brokenCase("mask on an int constant", feature("", "public final class A { @SnpMask(SnpMask.Kind.PRESENT)"
            + " static final int M = 0x880; }"), feature("@SnpFeature(bit = 11)", "public final class B" + BODY)),
        brokenCase("mask without a kind", feature("", "public final class A { @SnpMask static final long M = 0; }"),
            feature("@SnpFeature(bit = 11)", "public final class B" + BODY)),
        brokenCase("unrelated error beside a valid feature", feature("@SnpFeature(bit = 11)", "public final class A" + BODY),
            HEADER + "public final class B { int x = \"no\"; }"),
        brokenCase("syntax error beside a valid feature", feature("@SnpFeature(bit = 11)", "public final class A" + BODY),
            HEADER + "public final class B { void f( }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void endsWithDiagnosticsNeverWithAnException(String name, List<String> sources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      files.add(JavaFileObjects.forSourceString("g." + topLevelName(sources.get(i)), sources.get(i)));
    }
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor()).compile(files);
    assertThat(compilation).failed();
    assertFalse(compilation.errors().isEmpty(), name);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertFalse(message.contains("snpgate processor failed"), name + ": " + message);
      assertFalse(message.contains("\tat ") || STACK_TRACE_HEAD.matcher(message).find(), name + ": " + message);
    }
  }

  static java.util.stream.Stream<Arguments> corpusSize() {
    return Stream.of(Arguments.of(corpus().count()));
  }

  @ParameterizedTest(name = "the corpus has {0} cases")
  @MethodSource("corpusSize")
  void corpusHasAtLeastThirtyCases(long size) {
    assertTrue(size >= 30, "the corpus has " + size + " cases");
  }

  private static String topLevelName(String source) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern
        .compile("^public (?:final |abstract )?(?:class|enum|record|interface|@interface) (\\w+)", java.util.regex.Pattern.MULTILINE)
        .matcher(source);
    return matcher.find() ? matcher.group(1) : "Unnamed";
  }
}
