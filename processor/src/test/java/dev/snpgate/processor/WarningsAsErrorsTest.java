package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A guest builds with {@code -Xlint:all -Werror} whatever its feature classes are: the registry
 * suppresses exactly the warnings its {@code new} calls draw. Each shape on its own, so that a
 * missing suppression shows which one.
 */
class WarningsAsErrorsTest {

  private static Compilation strict(JavaFileObject feature) {
    return Compiler.javac().withOptions("-Xlint:all", "-Werror").withProcessors(new SnpGateProcessor())
        .compile(feature);
  }

  private static JavaFileObject feature(String annotations, String typeParameters) {
    return source("g.F",
        "package g;",
        "/** A feature. */",
        annotations,
        "@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")",
        "public final class F" + typeParameters + " implements dev.snpgate.runtime.GuestFeature {",
        "  @Override",
        "  public void enable(dev.snpgate.runtime.SevStatus status) {}",
        "}");
  }

  @Test
  void deprecatedFeature() {
    assertThat(strict(feature("@Deprecated", ""))).succeededWithoutWarnings();
  }

  @Test
  void featureDeprecatedForRemoval() {
    assertThat(strict(feature("@Deprecated(forRemoval = true)", ""))).succeededWithoutWarnings();
  }

  @Test
  void genericFeature() {
    assertThat(strict(feature("", "<T>"))).succeededWithoutWarnings();
  }
}
