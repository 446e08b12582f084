package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.snpgate.processor.reporting.Messages;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor in awkward compilations: other processors, other errors, its own failures. */
class RobustnessTest {

  /** Generates {@code g.Marker} (an interface) and {@code g.Base} (a GuestFeature base class) in round 1. */
  private static SourceGenerator supportTypes() {
    return SourceGenerator.inFirstRound(Map.of(
        "g.Marker", "package g;\npublic interface Marker {}\n",
        "g.Base", "package g;\npublic abstract class Base implements dev.snpgate.runtime.GuestFeature {\n"
            + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n"));
  }

  @Test
  void featureClassesReferringToTypesAnotherProcessorGeneratesAreDeferredNotRejected() {
    JavaFileObject marked = source("g.Tsc",
        "package g;",
        "/** Secure TSC. */",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature, Marker {",
        "  public void enable(dev.snpgate.runtime.SevStatus s) {}",
        "}");
    JavaFileObject derived = source("g.Dbg",
        "package g;",
        "/** DebugSwap. */",
        "@dev.snpgate.annotations.SnpFeature(bit = 7)",
        "public final class Dbg extends Base {}");
    Compilation compilation = Compiler.javac().withProcessors(supportTypes(), new SnpGateProcessor())
        .compile(marked, derived);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(GuestSources.manifest(compilation).contains("\"present\": \"0x0000000000000880\""));
  }

  /** Records the classes it is shown with {@code @Generated}: a processor after snpgate that reads them. */
  @javax.annotation.processing.SupportedAnnotationTypes("javax.annotation.processing.Generated")
  static final class GeneratedReader extends javax.annotation.processing.AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (javax.lang.model.element.Element element : round.getElementsAnnotatedWith(annotation)) {
          seen.add(((TypeElement) element).getQualifiedName().toString());
        }
      }
      return false;
    }
  }

  @Test
  void anotherProcessorsGeneratedClassesStayVisibleToProcessorsAfterSnpgate() {
    SourceGenerator other = SourceGenerator.inFirstRound(Map.of("g.Other",
        "package g;\n@javax.annotation.processing.Generated(\"other\")\npublic final class Other {}\n"));
    GeneratedReader reader = new GeneratedReader();
    Compilation compilation = Compiler.javac().withProcessors(other, new SnpGateProcessor(), reader)
        .compile(feature("g.Tsc", "bit = 11, rationale = \"r\""));
    assertThat(compilation).succeeded();
    assertTrue(reader.seen.contains("g.Other"), reader.seen.toString());
  }

  @Test
  void classesInTheRegistrysPackageNamedLikeTypesItUsesDoNotBreakIt() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("String", "Override", "Integer", "IllegalArgumentException", "List", "Catalog")) {
      sources.add(source("g." + name, "package g;", "public final class " + name + " {}"));
    }
    // The feature itself must do without them: java.lang.Override is hidden by g.Override here.
    sources.add(source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus status) {}",
        "}"));
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void annotationValuesFromConstantsAnotherProcessorGeneratesAreWaitedFor() {
    SourceGenerator constants = SourceGenerator.inFirstRound(Map.of(
        "g.Bits", "package g;\npublic final class Bits { public static final int TSC = 11, SWAP = 7, NEW = 30; }\n",
        "g.Texts", "package g;\npublic final class Texts { public static final String WHY = \"why\", NAME = \"New\"; }\n"));
    JavaFileObject overrides = source("g.package-info",
        "@dev.snpgate.annotations.SnpCatalogOverride(bit = Bits.NEW, name = Texts.NAME,",
        "    tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.NO_IMPL_NEEDED, reference = \"r\")",
        "package g;");
    Compilation compilation = Compiler.javac().withProcessors(constants, new SnpGateProcessor()).compile(overrides,
        feature("g.Tsc", "bit = Bits.TSC, rationale = Texts.WHY"), feature("g.Dbg", "bit = Bits.SWAP, rationale = \"r\""));
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = GuestSources.manifest(compilation);
    assertTrue(manifest.contains("\"present\": \"0x0000000000000880\""), manifest);
    assertTrue(manifest.contains("\"implReq\": \"0xffffffffbf7dbcf8\""), manifest);
    assertTrue(manifest.contains("\"rationale\": \"why\""), manifest);
    assertTrue(manifest.contains("\"name\": \"New\""), manifest);
  }

  /**
   * snpgate claims its annotations (so that -Xlint:all -Werror builds pass); javac then does not
   * call a later processor that supports "*" in a round with no other annotation. The guest does
   * not build, and snpgate says which class it could not resolve: never a smaller mask.
   */
  @Test
  void aUniversalProcessorAfterSnpgateThatNeverRunsLeavesAnErrorNotASmallerMask() {
    JavaFileObject derived = source("g.Dbg",
        "package g;",
        "/** DebugSwap. */",
        "@dev.snpgate.annotations.SnpFeature(bit = 7)",
        "public final class Dbg extends Base {}");
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor(), supportTypes()).compile(derived);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(Messages.VALUE_UNRESOLVED, "g.Dbg"))
        .inFile(derived).onLineContaining("class Dbg");
  }

  @Test
  void unrelatedErrorsGetNoNoiseFromSnpgate() {
    JavaFileObject broken = source("g.Broken", "package g;", "public final class Broken { int x = \"no\"; }");
    Compilation compilation = GuestSources.compile(broken, feature("g.Tsc", "bit = 11"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(broken).onLineContaining("int x");
  }

  /** javac stops after processing when a processor reported errors, so its own type errors come later. */
  @Test
  void ourErrorsAreReportedInACompilationWithUnrelatedOnes() {
    JavaFileObject broken = source("g.Broken", "package g;", "public final class Broken { int x = \"no\"; }");
    JavaFileObject big = feature("g.Big", "bit = 99");
    Compilation compilation = GuestSources.compile(broken, big);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.BIT_OUT_OF_RANGE, 99))
        .inFile(big).onLineContaining("bit = 99");
  }

  @Test
  void aFailureInsideTheProcessorBecomesOneErrorNotAnException() {
    List<String> errors = new ArrayList<>();
    Messager messager = proxy(Messager.class, (method, args) -> {
      if (args != null && args[0] == Diagnostic.Kind.ERROR) {
        errors.add(args[1].toString());
      }
      return null;
    });
    TypeElement annotation = proxy(TypeElement.class, (method, args) -> null);
    Elements elements = proxy(Elements.class, (method, args) -> annotation);
    ProcessingEnvironment env = proxy(ProcessingEnvironment.class, (method, args) -> {
      switch (method) {
        case "getMessager":
          return messager;
        case "getElementUtils":
          return elements;
        case "getOptions":
          return Map.of();
        default:
          return null;
      }
    });
    RoundEnvironment round = proxy(RoundEnvironment.class, (method, args) -> {
      throw new IllegalStateException("boom");
    });
    SnpGateProcessor processor = new SnpGateProcessor();
    processor.init(env);
    assertFalse(processor.process(Set.of(), round));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("snpgate processor failed: java.lang.IllegalStateException: boom"), errors.get(0));
    assertTrue(errors.get(0).contains("this is a bug in snpgate, please report it"), errors.get(0));
  }

  interface Handler {
    Object handle(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(RobustnessTest.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> method.getName().equals("toString") ? type.getSimpleName()
            : handler.handle(method.getName(), args)));
  }
}
