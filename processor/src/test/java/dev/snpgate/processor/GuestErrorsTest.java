package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.assertSingleError;
import static dev.snpgate.processor.GuestSources.compile;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.processor.reporting.Messages;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about the guest as a whole: its declaration, its class path, late feature classes. */
class GuestErrorsTest {

  @Test
  void twoGuestDeclarations() {
    JavaFileObject first = source("g.package-info", "@dev.snpgate.annotations.SnpGuest", "package g;");
    JavaFileObject second = source("g.Kernel", "package g;", "@dev.snpgate.annotations.SnpGuest", "public class Kernel {}");
    Compilation compilation = compile(first, second, feature("g.Tsc", "bit = 11"));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_GUEST, "package g", "g.Kernel"))
        .inFile(first).onLineContaining("package g");
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_GUEST, "g.Kernel", "package g"))
        .inFile(second).onLineContaining("class Kernel");
  }

  @Test
  void registryNameThatIsNotAQualifiedClassName() {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(",
        "    registry = \"g.not a name\")",
        "package g;");
    Compilation compilation = compile(guest, feature("g.Tsc", "bit = 11"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.BAD_REGISTRY_NAME, "g.not a name"))
        .inFile(guest).onLineContaining("registry = ");
  }

  @Test
  void registryNameInTheUnnamedPackage() {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(registry = \"Registry\")",
        "package g;");
    Compilation compilation = compile(guest);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.BAD_REGISTRY_NAME, "Registry"))
        .inFile(guest).onLineContaining("registry = ");
  }

  /** Compiles with only snpgate-annotations on the class path, as a guest that forgot the runtime. */
  private static Compilation compileWithoutRuntime(JavaFileObject file) throws URISyntaxException {
    File annotationsOnly = new File(SnpFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Compiler.javac().withProcessors(new SnpGateProcessor()).withClasspath(List.of(annotationsOnly)).compile(file);
  }

  @Test
  void runtimeMissingFromTheClassPath() throws URISyntaxException {
    JavaFileObject file = source("g.Tsc",
        "package g;",
        "@dev.snpgate.annotations.SnpFeature(bit = 11)",
        "public class Tsc {}");
    Compilation compilation = compileWithoutRuntime(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Messages.RUNTIME_MISSING).inFile(file).onLineContaining("class Tsc");
  }

  @Test
  void catalogOverrideGeneratedAfterTheRegistryIsAnErrorNotIgnored() {
    JavaFileObject tsc = feature("g.Tsc", "bit = 11");
    Compilation compilation = Compiler.javac()
        .withProcessors(new SnpGateProcessor(), SourceGenerator.after("g.SnpGateRegistry", Map.of(
            "g.LateOverride", "package g;\n@dev.snpgate.annotations.SnpCatalogOverride(bit = 30, name = \"Late\","
                + " tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.NO_IMPL_NEEDED, reference = \"r\")\n"
                + "public final class LateOverride {}\n")))
        .compile(tsc);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        String.format(Messages.DECLARATION_AFTER_REGISTRY, "g.LateOverride", "g.SnpGateRegistry"));
  }

  @Test
  void featureClassGeneratedAfterTheRegistry() {
    JavaFileObject tsc = feature("g.Tsc", "bit = 11");
    Compilation compilation = Compiler.javac()
        .withProcessors(new SnpGateProcessor(), SourceGenerator.after("g.SnpGateRegistry", Map.of(
            "g.LateDebugSwap", "package g;\n@dev.snpgate.annotations.SnpFeature(bit = 7)\n"
                + "public final class LateDebugSwap implements dev.snpgate.runtime.GuestFeature {\n"
                + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n")))
        .compile(tsc);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        String.format(Messages.FEATURE_AFTER_REGISTRY, "g.LateDebugSwap", "g.SnpGateRegistry"));
  }

  @Test
  void guestNameThatIsNotAToken() {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(",
        "    name = \"two\\nlines\")",
        "package g;");
    Compilation compilation = compile(guest);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.GUEST_NAME_NOT_A_TOKEN, "two\\nlines"))
        .inFile(guest).onLineContaining("name = ");
  }

  @Test
  void handWrittenMaskWithoutAGuest() {
    JavaFileObject masks = source("g.Masks",
        "package g;",
        "final class Masks {",
        "  @dev.snpgate.annotations.SnpMask(dev.snpgate.annotations.SnpMask.Kind.PRESENT)",
        "  static final long PRESENT = 0x880L;",
        "}");
    Compilation compilation = compile(masks);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.MASK_WITHOUT_GUEST, "g.Masks.PRESENT"))
        .inFile(masks).onLineContaining("static final long PRESENT");
  }

  @Test
  void runtimeMissingWithOnlyACatalogOverride() throws URISyntaxException {
    JavaFileObject file = source("g.package-info",
        "@dev.snpgate.annotations.SnpCatalogOverride(bit = 30, name = \"X\",",
        "    tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.IMPL_REQUIRED, reference = \"r\")",
        "package g;");
    Compilation compilation = compileWithoutRuntime(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Messages.RUNTIME_MISSING);
  }

  @Test
  void overridesAloneNameTheRegistryAfterTheirPackage() {
    Compilation compilation = compile(source("g.sub.package-info",
        "@dev.snpgate.annotations.SnpCatalogOverride(bit = 30, name = \"X\",",
        "    tier = dev.snpgate.annotations.SnpCatalogOverride.Tier.IMPL_REQUIRED, reference = \"r\")",
        "package g.sub;"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("g.sub.SnpGateRegistry");
  }

  @Test
  void aRuntimeOfAnotherVersionOnTheClassPathDrawsAWarningNamingBothVersions() {
    JavaFileObject guest = source("g.package-info", "@dev.snpgate.annotations.SnpGuest", "package g;");
    // A source of the runtime's version class stands in for another snpgate-runtime jar.
    JavaFileObject otherRuntime = source("dev.snpgate.runtime.SnpGateVersion", "package dev.snpgate.runtime;",
        "public final class SnpGateVersion { public static final String VERSION = \"0.0.1\"; }");
    Compilation compilation = compile(guest, otherRuntime, feature("g.Tsc", "bit = 11"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(String.format(Messages.RUNTIME_VERSION_DIFFERS,
        dev.snpgate.runtime.SnpGateVersion.VERSION, "0.0.1")).inFile(guest).onLineContaining("package g");
  }

  @Test
  void theSameRuntimeVersionDrawsNoWarning() {
    assertThat(compile(source("g.package-info", "@dev.snpgate.annotations.SnpGuest", "package g;"),
        feature("g.Tsc", "bit = 11"))).succeededWithoutWarnings();
  }

  @Test
  void guestNameLongerThanTheLimitIsMeasuredNotQuoted() {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(name = \"" + "g".repeat(65500) + "\")",
        "package g;");
    assertSingleError(compile(guest, feature("g.Tsc", "bit = 11")), guest,
        String.format(Messages.TEXT_TOO_LONG, "name", 65500, 200), "@dev.snpgate.annotations.SnpGuest");
  }

  @Test
  void libraryNameLongerThanTheLimit() {
    JavaFileObject library = source("l.package-info",
        "@dev.snpgate.annotations.SnpLibrary(name = \"" + "l".repeat(201) + "\")",
        "package l;");
    assertSingleError(compile(library, feature("l.Tsc", "bit = 11")), library,
        String.format(Messages.TEXT_TOO_LONG, "name", 201, 200), "@dev.snpgate.annotations.SnpLibrary");
  }

  @Test
  void registryNamingAClassOnTheClassPath() {
    JavaFileObject guest = source("g.package-info",
        "@dev.snpgate.annotations.SnpGuest(",
        "    registry = \"dev.snpgate.runtime.Catalog\")",
        "package g;");
    assertSingleError(compile(guest, feature("g.Tsc", "bit = 11")), guest,
        String.format(Messages.REGISTRY_ON_CLASS_PATH, "dev.snpgate.runtime.Catalog"), "registry = ");
  }

  @Test
  void featuresInTheUnnamedPackageAndAnotherNameTheUnnamedOneInWords() {
    JavaFileObject unnamed = source("Tsc",
        "@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")",
        "public final class Tsc implements dev.snpgate.runtime.GuestFeature {",
        "  public void enable(dev.snpgate.runtime.SevStatus status) {}",
        "}");
    Compilation compilation = compile(unnamed, feature("a.Vmsa", "bit = 7"));
    assertThat(compilation).hadErrorContaining(String.format(Messages.GUEST_REQUIRED,
        "span the packages a and the unnamed package")).inFile(unnamed).onLineContaining("class Tsc");
  }
}
