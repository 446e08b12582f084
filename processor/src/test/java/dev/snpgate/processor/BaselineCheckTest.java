package dev.snpgate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.snpgate.processor.GuestSources.exampleGuest;
import static dev.snpgate.processor.GuestSources.feature;
import static dev.snpgate.processor.GuestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.snpgate.baseline.reviewed.ReviewedMessages;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift check inside the compiler: each outcome and where its message points. */
class BaselineCheckTest {

  private static final String ACCEPT = "mvn -pl guest process-classes -Dsnpgate.updateBaseline=true";
  /** What {@link #requiringGuest}'s {@code @SnpGuest} writes to require SEV-SNP, bit 8 and bit 30. */
  private static final String REQUIRES_ALL = ", requiresSnp = true, requires = {"
      + "@SnpRequire(bit = 8, rationale = \"No host IBS.\"), @SnpRequire(bit = 30, rationale = \"Future.\")}";

  @TempDir
  Path moduleDir;

  private Compilation compile(List<JavaFileObject> sources, String... extraOptions) {
    List<String> options = new ArrayList<>(List.of("-Asnpgate.projectDir=" + moduleDir,
        "-Asnpgate.baseline=config/baseline.txt", "-Asnpgate.acceptCommand=" + ACCEPT));
    options.addAll(List.of(extraOptions));
    return Compiler.javac().withProcessors(new SnpGateProcessor()).withOptions(options).compile(sources);
  }

  private Path baselineFile() {
    return moduleDir.resolve("config/baseline.txt");
  }

  private void acceptExampleGuest() {
    assertThat(compile(exampleGuest(), "-Asnpgate.updateBaseline=true")).succeeded();
  }

  @Test
  void updateModeWritesTheBaselineRelativeToTheModuleAndPasses() throws IOException {
    Compilation compilation = compile(exampleGuest(), "-Asnpgate.updateBaseline=true");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining(String.format(ReviewedMessages.BASELINE_WRITTEN, "config/baseline.txt",
        "0xffffffffff7dbcf8", "0x0000000000040880"));
    String written = Files.readString(baselineFile(), StandardCharsets.UTF_8);
    assertTrue(written.contains("PRESENT  0x0000000000040880\n"), written);
  }

  @Test
  void matchingBaselinePasses() {
    acceptExampleGuest();
    assertThat(compile(exampleGuest())).succeededWithoutWarnings();
  }

  @Test
  void reorderedAndReformattedBaselineIsNoDrift() throws IOException {
    acceptExampleGuest();
    List<String> lines = new ArrayList<>(Files.readAllLines(baselineFile()));
    java.util.Collections.reverse(lines);
    lines.replaceAll(line -> line.replace(" ", "   "));
    Files.write(baselineFile(), lines);
    assertThat(compile(exampleGuest())).succeededWithoutWarnings();
  }

  @Test
  void addedFeatureFailsOnItsClassWithTheClassifiedChange() {
    acceptExampleGuest();
    List<JavaFileObject> sources = new ArrayList<>(exampleGuest());
    JavaFileObject vmgexit = feature("dev.example.guest.features.VmgExitParam", "bit = 12");
    sources.add(vmgexit);
    Compilation compilation = compile(sources);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(ReviewedMessages.BASELINE_DRIFT, "compatible",
            "PRESENT gained bit 12 VMGExitParam (dev.example.guest.features.VmgExitParam): this guest will now boot"
                + " on hosts that enable it", ACCEPT))
        .inFile(vmgexit).onLineContaining("class VmgExitParam");
  }

  @Test
  void removedFeatureFailsAsBreakingOnTheGuest() {
    acceptExampleGuest();
    List<JavaFileObject> sources = new ArrayList<>(exampleGuest());
    sources.removeIf(source -> source.getName().contains("SecureTsc"));
    Compilation compilation = compile(sources);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(ReviewedMessages.BASELINE_DRIFT, "breaking",
            "PRESENT lost bit 11 SecureTSC (was dev.example.guest.features.SecureTsc): this guest will now refuse"
                + " hosts that enable it", ACCEPT))
        .inFile(exampleGuest().get(0)).onLineContaining("package dev.example.guest");
  }

  /**
   * A guest that requires each way there is, on class {@code Boot}: SEV-SNP, NoHostIBS (bit 8) and
   * bit 30, which the package's catalog override defines, by {@code @SnpGuest}; SecureTSC (bit 11)
   * by its class. {@code requires} is what {@code @SnpGuest} writes besides its name.
   */
  private static List<JavaFileObject> requiringGuest(String requires) {
    return List.of(
        source("dev.example.strict.package-info",
            "@SnpCatalogOverride(bit = 30, name = \"FutureProt\", tier = SnpCatalogOverride.Tier.NO_IMPL_NEEDED,",
            "    reference = \"AMD APM rev 3.99\")",
            "package dev.example.strict;",
            "",
            "import dev.snpgate.annotations.SnpCatalogOverride;"),
        source("dev.example.strict.Boot",
            "package dev.example.strict;",
            "",
            "import dev.snpgate.annotations.SnpGuest;",
            "import dev.snpgate.annotations.SnpRequire;",
            "",
            "/** The guest. */",
            "@SnpGuest(name = \"strict\"" + requires + ")",
            "public final class Boot {}"),
        feature("dev.example.strict.features.DebugSwap", "bit = 7, rationale = \"Debug state.\""),
        feature("dev.example.strict.features.SecureTsc", "bit = 11, required = true, rationale = \"Clock.\""));
  }

  /**
   * The compilation's errors are exactly these drifts of {@code impact}, each change at the class
   * its source declares (the line with {@code class Name}).
   */
  private static void assertOnlyDrifts(Compilation compilation, String impact, Map<String, JavaFileObject> changes) {
    assertThat(compilation).hadErrorCount(changes.size());
    for (Map.Entry<String, JavaFileObject> change : changes.entrySet()) {
      String file = change.getValue().getName();
      String className = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
      assertThat(compilation).hadErrorContaining(String.format(ReviewedMessages.BASELINE_DRIFT, impact, change.getKey(),
          ACCEPT)).inFile(change.getValue()).onLineContaining("class " + className);
    }
  }

  @Test
  void newRequirementsAreBreakingDriftAtWhatRequiresEach() throws IOException {
    assertThat(compile(requiringGuest(REQUIRES_ALL), "-Asnpgate.updateBaseline=true")).succeeded();
    // The baseline of this guest before it required anything: a baseline has no REQUIRED line then.
    String accepted = Files.readString(baselineFile(), StandardCharsets.UTF_8);
    String withoutRequired = accepted.replaceAll("(?m)^REQUIRED .*\n", "");
    assertFalse(withoutRequired.equals(accepted), accepted);
    Files.writeString(baselineFile(), withoutRequired, StandardCharsets.UTF_8);
    List<JavaFileObject> sources = requiringGuest(REQUIRES_ALL);
    JavaFileObject boot = sources.get(1);
    String refused = ": this guest will now refuse hosts that do not enable it";
    // Bit 30 not at the catalog override that defines it: the requirement is @SnpGuest's.
    assertOnlyDrifts(compile(sources), "breaking", Map.of(
        "REQUIRED gained bit 2 SEV-SNP: this guest will now refuse to run without SEV-SNP", boot,
        "REQUIRED gained bit 8 NoHostIBS" + refused, boot,
        "REQUIRED gained bit 30 FutureProt" + refused, boot,
        "REQUIRED gained bit 11 SecureTSC" + refused, sources.get(3)));
  }

  @Test
  void droppedRequirementsAreCompatibleDrift() {
    assertThat(compile(requiringGuest(REQUIRES_ALL), "-Asnpgate.updateBaseline=true")).succeeded();
    List<JavaFileObject> sources = requiringGuest(", requires = @SnpRequire(bit = 30, rationale = \"Future.\")");
    assertOnlyDrifts(compile(sources), "compatible", Map.of(
        "REQUIRED lost bit 2 SEV-SNP: this guest will now also run without SEV-SNP", sources.get(1),
        "REQUIRED lost bit 8 NoHostIBS: this guest will now boot on hosts that do not enable it", sources.get(1)));
  }

  @Test
  void missingBaselineFailsWithTheCommandThatCreatesIt() {
    Compilation compilation = compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(ReviewedMessages.BASELINE_MISSING, "config/baseline.txt", ACCEPT));
    assertFalse(Files.exists(baselineFile()), "a normal build never writes the baseline");
  }

  @Test
  void malformedBaselineNamesTheLineAndIsNotDrift() throws IOException {
    Files.createDirectories(baselineFile().getParent());
    Files.writeString(baselineFile(), "IMPL_REQ 0xffffffffff7dbcf8\nPRESENT 0x0000000000040880\nbit 7 DebugSwap\n");
    Compilation compilation = compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(ReviewedMessages.BASELINE_UNREADABLE, "config/baseline.txt", 3,
        "expected 'bit <number> <name> <tier> present|absent <class or ->', found 3 fields", ACCEPT));
  }

  @Test
  void withoutTheOptionOneNoteSaysHowToTurnItOn() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor()).compile(exampleGuest());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining(Messages.BASELINE_OFF);
    assertEquals(1, compilation.notes().stream().filter(note -> note.getMessage(null).contains("snpgate")).count());
  }

  @Test
  void aModuleWhoseBaselineThePluginChecksGetsNoNote() throws IOException {
    Files.writeString(moduleDir.resolve("snpgate-baseline.txt"), "checked by the Maven plugin\n");
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.projectDir=" + moduleDir).compile(exampleGuest());
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(0, compilation.notes().stream().filter(note -> note.getMessage(null).contains("snpgate")).count());
  }

  @Test
  void defaultAcceptCommand() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.projectDir=" + moduleDir, "-Asnpgate.baseline=b.txt").compile(exampleGuest());
    assertThat(compilation).hadErrorContaining(
        String.format(ReviewedMessages.BASELINE_MISSING, "b.txt", ProcessorOptions.DEFAULT_ACCEPT_COMMAND));
  }

  @Test
  void relativeBaselineWithoutAModuleDirectory() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.baseline=b.txt").compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.PROJECT_DIR_UNKNOWN, "b.txt"));
  }

  @Test
  void absoluteBaselineNeedsNoModuleDirectory() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.baseline=" + moduleDir.resolve("abs.txt"), "-Asnpgate.updateBaseline=TRUE")
        .compile(exampleGuest());
    assertThat(compilation).succeeded();
    assertTrue(Files.exists(moduleDir.resolve("abs.txt")));
  }

  @Test
  void badUpdateValue() {
    Compilation compilation = compile(exampleGuest(), "-Asnpgate.updateBaseline=yes");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.BAD_BOOLEAN_OPTION, "snpgate.updateBaseline", "yes"));
  }

  @Test
  void emptyBaselinePath() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.baseline=").compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.EMPTY_PATH_OPTION, "snpgate.baseline"));
  }

  @Test
  void projectDirThatIsNotADirectory() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.projectDir=relative/dir").compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.BAD_PROJECT_DIR, "relative/dir"));
  }

  @Test
  void docsDirectoryIsCheckedAndWrittenOnlyInUpdateMode() throws IOException {
    Compilation missing = compile(exampleGuest(), "-Asnpgate.updateBaseline=false", "-Asnpgate.docsDir=docs");
    assertThat(missing).hadErrorContaining(String.format(ReviewedMessages.DOCS_MISSING, "docs/behavior.md", ACCEPT))
        .inFile(exampleGuest().get(0)).onLineContaining("package dev.example.guest");
    assertFalse(Files.exists(moduleDir.resolve("docs")), "a normal build never writes the docs");
    assertThat(compile(exampleGuest(), "-Asnpgate.updateBaseline=true", "-Asnpgate.docsDir=docs")).succeeded();
    assertTrue(Files.readString(moduleDir.resolve("docs/behavior.rst")).startsWith("===="));
    assertThat(compile(exampleGuest(), "-Asnpgate.docsDir=docs")).succeededWithoutWarnings();
    Files.writeString(moduleDir.resolve("docs/behavior.md"), "edited\n");
    Compilation stale = compile(exampleGuest(), "-Asnpgate.docsDir=docs");
    assertThat(stale).hadErrorCount(1);
    assertThat(stale).hadErrorContaining(String.format(ReviewedMessages.DOCS_STALE, "docs/behavior.md", 1, ACCEPT));
  }

  @Test
  void emptyDocsDirectory() {
    Compilation compilation = compile(exampleGuest(), "-Asnpgate.docsDir= ");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.EMPTY_PATH_OPTION, "snpgate.docsDir"));
  }

  @Test
  void pathThatIsNotValidOnThisSystem() {
    Compilation compilation = Compiler.javac().withProcessors(new SnpGateProcessor())
        .withOptions("-Asnpgate.baseline=a\u0000b").compile(exampleGuest());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(String.format(Messages.INVALID_PATH_OPTION, "snpgate.baseline", "a\\u0000b"));
  }
}
