package dev.snpgate.processor.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes corpus cases briefly: sources of package {@code g}, then the outcome. */
final class CaseBuilder {

  static final String HEADER = "package g;\nimport dev.snpgate.annotations.*;\nimport dev.snpgate.runtime.*;\n";
  /** A feature class's body. */
  static final String BODY = " implements GuestFeature { public void enable(SevStatus s) {} }";
  /** IMPL_REQ of the built-in catalog: its IMPL_REQUIRED bits and every reserved bit, from the bit table. */
  static final long BUILT_IN_IMPL_REQ = 0xffffffffff7dbcf8L;

  private static final Pattern TYPE_NAME = Pattern.compile(
      "(?:class|enum|record|interface|@interface)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");

  private final String name;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, String> generated = new LinkedHashMap<>();
  private final Map<String, String> library = new LinkedHashMap<>();
  private final List<String> options = new ArrayList<>();
  private EnumSet<GuestCompiler> compilers = EnumSet.allOf(GuestCompiler.class);
  private boolean onlyError;
  private long required;
  private final List<String> requiredItems = new ArrayList<>();

  private CaseBuilder(String name) {
    this.name = name;
  }

  static CaseBuilder named(String name) {
    return new CaseBuilder(name);
  }

  /** A source file at {@code path} with exactly {@code text}. */
  CaseBuilder file(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** {@code g/Name.java}: the header, {@code annotation} on its own line, then {@code declaration}. */
  CaseBuilder type(String annotation, String declaration) {
    Matcher matcher = TYPE_NAME.matcher(declaration);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no type name in " + declaration);
    }
    return file("g/" + matcher.group(1) + ".java", HEADER + annotation + "\n" + declaration + "\n");
  }

  /** A valid feature class {@code g.Name} with the attributes. */
  CaseBuilder feature(String simpleName, String attributes) {
    return type("@SnpFeature(" + attributes + ")", "public final class " + simpleName + BODY);
  }

  /** A source another processor generates in the first round. */
  CaseBuilder generated(String qualifiedName, String text) {
    generated.put(qualifiedName, text);
    return this;
  }

  /** A source of a library jar the case compiles with on its class path. */
  CaseBuilder libraryFile(String path, String text) {
    library.put(path, text);
    return this;
  }

  /** The error the case fails with must be the compilation's only one. */
  CaseBuilder onlyError() {
    onlyError = true;
    return this;
  }

  /**
   * The REQUIRED mask a case that builds must have (else 0), and texts that must each be one whole
   * item of its docs' Required features list.
   */
  CaseBuilder required(long mask, String... items) {
    required = mask;
    requiredItems.addAll(List.of(items));
    return this;
  }

  CaseBuilder option(String option) {
    options.add(option);
    return this;
  }

  CaseBuilder ecjOnly() {
    compilers = EnumSet.of(GuestCompiler.ECJ);
    return this;
  }

  /** Runs only on a JDK of at least {@code feature} (a source shape older javac rejects). */
  CaseBuilder minimumJdk(int feature) {
    if (Runtime.version().feature() < feature) {
      compilers = EnumSet.noneOf(GuestCompiler.class);
    }
    return this;
  }

  CaseBuilder javacOnly() {
    compilers = EnumSet.of(GuestCompiler.JAVAC);
    return this;
  }

  private String firstFile() {
    return files.keySet().iterator().next();
  }

  CorpusCase fails(String message, String lineMarker) {
    return failsIn(firstFile(), message, lineMarker);
  }

  CorpusCase failsIn(String file, String message, String lineMarker) {
    return build(new CorpusCase.Fails(message, file, lineMarker, onlyError));
  }

  CorpusCase failsWithoutPlace(String message) {
    return build(new CorpusCase.Fails(message, null, null, onlyError));
  }

  CorpusCase warns(String message, String lineMarker) {
    return build(new CorpusCase.Warns(message, firstFile(), lineMarker));
  }

  CorpusCase compilerFails(String lineMarker) {
    return compilerFailsIn(firstFile(), lineMarker);
  }

  CorpusCase compilerFailsIn(String file, String lineMarker) {
    return build(new CorpusCase.CompilerFails(file, lineMarker, onlyError));
  }

  CorpusCase builds(long present, String... texts) {
    return builds(present, BUILT_IN_IMPL_REQ, texts);
  }

  CorpusCase builds(long present, long implReq, String... texts) {
    return build(new CorpusCase.Builds(present, implReq, required, List.of(texts), requiredItems));
  }

  private CorpusCase build(CorpusCase.Outcome outcome) {
    return new CorpusCase(name, files, generated, library, outcome, compilers, options);
  }

  static String format(String template, Object... args) {
    return String.format(template, args);
  }
}
