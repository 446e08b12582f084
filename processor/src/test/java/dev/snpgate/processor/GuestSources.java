package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Small guest sources for processor tests, and the compilation of them with snpgate. */
final class GuestSources {

  static final String MANIFEST = "META-INF/snpgate/features.json";

  private GuestSources() {}

  /** A valid feature class {@code pkg.simpleName} with the given annotation attributes. */
  static JavaFileObject feature(String qualifiedName, String attributes) {
    int dot = qualifiedName.lastIndexOf('.');
    return JavaFileObjects.forSourceLines(qualifiedName,
        "package " + qualifiedName.substring(0, dot) + ";",
        "",
        "import dev.snpgate.annotations.SnpFeature;",
        "import dev.snpgate.runtime.GuestFeature;",
        "import dev.snpgate.runtime.SevStatus;",
        "",
        "/** Test feature " + qualifiedName.substring(dot + 1) + ". More text. */",
        "@SnpFeature(" + attributes + ")",
        "public final class " + qualifiedName.substring(dot + 1) + " implements GuestFeature {",
        "  @Override",
        "  public void enable(SevStatus status) {}",
        "}");
  }

  /** A source from lines, for the shapes {@link #feature} does not cover. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The example guest's three features, in the example's package layout. */
  static List<JavaFileObject> exampleGuest() {
    return List.of(
        source("dev.example.guest.package-info",
            "@SnpGuest(name = \"example-guest\")",
            "package dev.example.guest;",
            "",
            "import dev.snpgate.annotations.SnpGuest;"),
        feature("dev.example.guest.features.DebugSwap",
            "bit = 7, rationale = \"The hardware swaps debug registers; the guest keeps its own debug state.\""),
        feature("dev.example.guest.features.SecureTsc",
            "bit = 11, implRequired = true, rationale = \"The guest takes its TSC frequency from the security processor.\""),
        feature("dev.example.guest.features.SecureAvic",
            "bit = 18, name = \"SecureAVIC\", rationale = \"The guest runs its own APIC backing page.\""));
  }

  /**
   * A guest that requires features, each way there is: SEV-SNP itself, a protection it has no class
   * for (NoHostIBS, bit 8) and a feature of its own (SecureTSC, bit 11); DebugSwap is not required.
   */
  static List<JavaFileObject> requiringGuest() {
    return List.of(
        source("dev.example.strict.package-info",
            "@SnpGuest(",
            "    name = \"required-guest\",",
            "    requiresSnp = true,",
            "    requires = @SnpRequire(bit = 8, rationale = \"Host IBS would let the host sample the guest's branches.\"))",
            "package dev.example.strict;",
            "",
            "import dev.snpgate.annotations.SnpGuest;",
            "import dev.snpgate.annotations.SnpRequire;"),
        feature("dev.example.strict.features.DebugSwap",
            "bit = 7, rationale = \"The hardware swaps debug registers; the guest keeps its own debug state.\""),
        feature("dev.example.strict.features.SecureTsc",
            "bit = 11, required = true, rationale = \"The guest has no clock but the TSC the security processor gives.\""));
  }

  /**
   * The compilation failed with one error only: {@code message}, in {@code file}, on the line
   * containing {@code line}.
   */
  static void assertSingleError(Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(Arrays.asList(sources));
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new SnpGateProcessor()).compile(sources);
  }

  /** The manifest the compilation wrote. */
  static String manifest(Compilation compilation) {
    return content(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MANIFEST));
  }

  /** The registry source the compilation wrote. */
  static String registrySource(Compilation compilation, String qualifiedName) {
    return content(compilation.generatedSourceFile(qualifiedName));
  }

  static String content(Optional<JavaFileObject> file) {
    try {
      return file.orElseThrow(() -> new AssertionError("not generated")).getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
