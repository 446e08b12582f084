package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.snpgate.processor.SourceGenerator;
import dev.snpgate.runtime.SevStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken, unusual and hostile guests, each compiled by javac (of the JDK running the
 * tests) and by ecj. Every case ends in exactly what it declares: snpgate's error at the element,
 * the compiler's own error at the source, or a guest that builds with warnings as errors and whose
 * outputs agree with its code and parse with their real parsers. None ends in a stack trace.
 *
 * <p>The cases run in parallel (junit-platform.properties): each has its own directories,
 * compilers and processor instances, and the run is the longest of the build.
 */
@Execution(ExecutionMode.CONCURRENT)
class CorpusTest {

  /** {@code java.lang.IllegalStateException: boom} or a frame: how an escaped exception shows. */
  private static final Pattern STACK_TRACE = Pattern.compile("\\b[\\w.]+(Exception|Error): |\\tat |snpgate processor failed");
  private static final Pattern MANIFEST_MASK = Pattern.compile("\"(implReq|present|required)\": \"(0x[0-9a-f]{16})\"");
  private static final String REQUIRED_SECTION = "Required features";
  private static final List<String> OUTPUTS = List.of("META-INF/snpgate/features.json",
      "META-INF/snpgate/baseline.txt", "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");

  static Stream<CorpusCase> corpus() {
    return Corpus.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void endsAsDeclaredUnderEveryCompiler(CorpusCase corpusCase, @TempDir Path dir) throws Exception {
    assumeFalse(corpusCase.compilers().isEmpty(), "needs a newer JDK than " + Runtime.version().feature());
    Path sources = dir.resolve("src");
    List<Path> files = GuestCompiler.writeSources(sources, corpusCase.files());
    List<Path> classPath = corpusCase.library().isEmpty() ? List.of() : List.of(libraryJar(corpusCase, dir));
    boolean strict = corpusCase.expected() instanceof CorpusCase.Builds;
    Map<GuestCompiler, GuestCompiler.Result> results = new EnumMap<>(GuestCompiler.class);
    for (GuestCompiler compiler : corpusCase.compilers()) {
      List<Processor> others = corpusCase.generated().isEmpty() ? List.of()
          : List.of(SourceGenerator.inFirstRound(corpusCase.generated()));
      GuestCompiler.Result result = compiler.compile(sources, files, dir.resolve(compiler.name()), strict,
          corpusCase.options(), others, classPath);
      String where = corpusCase.name() + " under " + compiler + ": " + result.messages() + result.output();
      for (GuestCompiler.Message message : result.messages()) {
        assertFalse(STACK_TRACE.matcher(message.text()).find(), where);
      }
      assertFalse(STACK_TRACE.matcher(result.output()).find(), where);
      check(corpusCase, result, where);
      results.put(compiler, result);
    }
    if (corpusCase.expected() instanceof CorpusCase.Builds && results.size() > 1) {
      for (String output : OUTPUTS) {
        assertEquals(results.get(GuestCompiler.JAVAC).resource(output), results.get(GuestCompiler.ECJ).resource(output),
            corpusCase.name() + ": javac and ecj must write the same " + output);
      }
    }
    if (corpusCase.expected() instanceof CorpusCase.Builds) {
      checkDocuments((CorpusCase.Builds) corpusCase.expected(), results.values().iterator().next(), dir, corpusCase.name());
    }
  }

  /**
   * The case's library, packed as a jar as a dependency arrives; compiled by ecj, whose Java 17
   * class files both compilers read.
   */
  private static Path libraryJar(CorpusCase corpusCase, Path dir) throws IOException {
    Path sources = dir.resolve("library-src");
    GuestCompiler.Result library = GuestCompiler.ECJ.compile(sources, GuestCompiler.writeSources(sources, corpusCase.library()),
        dir.resolve("library"), false, List.of(), List.of());
    assertTrue(library.success(), corpusCase.name() + ": the library does not compile: " + library.messages());
    Path jar = dir.resolve("library.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> classes = Files.walk(library.classes())) {
      for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(library.classes().relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void check(CorpusCase corpusCase, GuestCompiler.Result result, String where) {
    CorpusCase.Outcome expected = corpusCase.expected();
    if (expected instanceof CorpusCase.Fails) {
      CorpusCase.Fails fails = (CorpusCase.Fails) expected;
      assertFalse(result.success(), where);
      long line = fails.file() == null ? -1 : corpusCase.lineOf(fails.file(), fails.lineMarker());
      boolean found = false;
      for (GuestCompiler.Message error : result.errors()) {
        found |= error.text().contains(fails.message())
            && (fails.file() == null || error.file().equals(fails.file()) && error.line() == line);
      }
      assertTrue(found, "expected error '" + fails.message() + "' at " + fails.file() + ":" + line + "; " + where);
      assertTrue(!fails.only() || result.errors().size() == 1, "expected that error alone; " + where);
    } else if (expected instanceof CorpusCase.CompilerFails) {
      CorpusCase.CompilerFails fails = (CorpusCase.CompilerFails) expected;
      assertFalse(result.success(), where);
      long line = corpusCase.lineOf(fails.file(), fails.lineMarker());
      boolean found = false;
      for (GuestCompiler.Message error : result.errors()) {
        found |= error.file().equals(fails.file()) && error.line() == line;
      }
      assertTrue(found, "expected the compiler's error at " + fails.file() + ":" + line + "; " + where);
      assertTrue(!fails.only() || result.errors().size() == 1, "expected that error alone; " + where);
    } else if (expected instanceof CorpusCase.Warns) {
      CorpusCase.Warns warns = (CorpusCase.Warns) expected;
      assertTrue(result.success(), where);
      long line = corpusCase.lineOf(warns.file(), warns.lineMarker());
      assertTrue(result.messages().stream().anyMatch(message -> message.kind() == Diagnostic.Kind.WARNING
          && message.text().contains(warns.message()) && message.file().equals(warns.file()) && message.line() == line),
          "expected warning '" + warns.message() + "' at " + warns.file() + ":" + line + "; " + where);
    } else {
      CorpusCase.Builds builds = (CorpusCase.Builds) expected;
      assertTrue(result.success(), where);
      for (GuestCompiler.Message message : result.messages()) {
        // javac ran with -Xlint:all -Werror; ecj's warnings on the case's own sources are the case's business.
        assertTrue(message.kind() == Diagnostic.Kind.NOTE || message.kind() == Diagnostic.Kind.OTHER
            || corpusCase.files().containsKey(message.file()), where);
      }
      String manifest = result.resource("META-INF/snpgate/features.json");
      assertNotNull(manifest, where);
      Map<String, String> masks = new TreeMap<>();
      Matcher mask = MANIFEST_MASK.matcher(manifest);
      while (mask.find()) {
        assertNull(masks.put(mask.group(1), mask.group(2)), where + ": " + mask.group(1) + " twice in " + manifest);
      }
      assertEquals(Map.of("implReq", SevStatus.hex(builds.implReq()), "present", SevStatus.hex(builds.present()),
          "required", SevStatus.hex(builds.required())), masks, where);
    }
  }

  /**
   * Both documents parse, show the same bit table and the same Required features list (one item
   * per required bit, none for a guest that requires nothing), and show each expected text as one
   * cell or one item.
   */
  private static void checkDocuments(CorpusCase.Builds builds, GuestCompiler.Result result, Path dir, String name)
      throws IOException, InterruptedException {
    List<List<String>> markdown = DocumentParsers.markdownBitTable(result.resource("META-INF/snpgate/behavior.md"));
    assertEquals(8, markdown.get(0).size(), name);
    for (List<String> row : markdown) {
      assertEquals(8, row.size(), name + ": " + row);
    }
    for (String text : builds.texts()) {
      assertTrue(markdown.stream().anyMatch(row -> row.contains(text)), name + ": no Markdown cell reads '" + text + "' in " + markdown);
    }
    List<String> items = DocumentParsers.markdownSectionItems(result.resource("META-INF/snpgate/behavior.md"),
        REQUIRED_SECTION);
    assertEquals(Long.bitCount(builds.required()), items.size(), name + ": one item per required bit: " + items);
    for (String item : builds.requiredItems()) {
      assertTrue(items.contains(item), name + ": no Markdown item reads '" + item + "' in " + items);
    }
    String python = DocumentParsers.docutilsPython();
    if (python == null) {
      assertFalse(Boolean.getBoolean("snpgate.requireDocutils"), "docutils is required (-Dsnpgate.requireDocutils) but missing");
      return;
    }
    Path rst = dir.resolve("behavior.rst");
    Files.writeString(rst, result.resource("META-INF/snpgate/behavior.rst"), StandardCharsets.UTF_8);
    List<String> problems = DocumentParsers.checkRestructuredText(python, List.of(rst), dir);
    assertEquals("", problems.get(0), name + ": docutils reports problems");
    assertEquals(markdown, DocumentParsers.restructuredTextBitTable(rst), name + ": the two formats disagree");
    assertEquals(items, DocumentParsers.restructuredTextSectionItems(rst, REQUIRED_SECTION),
        name + ": the two formats' " + REQUIRED_SECTION + " disagree");
  }

  @Test
  void theCorpusHasAtLeast150Cases() {
    assertTrue(Corpus.cases().size() >= 150, "the corpus has " + Corpus.cases().size() + " cases");
  }

  @Test
  void caseNamesAreDistinct() {
    assertEquals(Corpus.cases().size(), Corpus.cases().stream().map(CorpusCase::name).distinct().count());
  }
}
