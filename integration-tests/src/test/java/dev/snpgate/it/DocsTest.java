package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the guide in docs/ say only what the repository holds. Every fenced snippet is
 * marked with the file it shows, and is that file ({@code <!-- file: PATH -->}), a run of its lines
 * ({@code <!-- part of: PATH -->}), or a file the reader creates in a project that
 * {@link DocsProjectsIT} builds ({@code <!-- new file: PATH -->}). Every relative link resolves
 * inside the repository, no text names a path outside it, and every snpgate option, command-line
 * option and annotation named is in the code.
 */
class DocsTest {

  static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  private static final Pattern FENCE = Pattern.compile("```(\\w*)");
  private static final Pattern MARKER = Pattern.compile("<!-- (file|part of|new file): (\\S+) -->");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w./-])snpgate\\.[a-zA-Z]+(?![\\w(])");
  private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");
  private static final Pattern ANNOTATION = Pattern.compile("@Snp[A-Z][A-Za-z]*");
  /** Options of the JDK and Maven that the guide names; every other one must be snpgate's. */
  private static final Set<String> OTHER_TOOLS_OPTIONS = Set.of("--add-exports", "--module-path", "--release",
      "--processor-module-path", "--patch-module");

  /** The README and every page of the guide. */
  static List<Path> docs() {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
      pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String where(Path doc, int index) {
    return ROOT.relativize(doc) + ":" + (index + 1);
  }

  @Test
  void everySnippetIsTheFileItShows() {
    List<String> problems = new ArrayList<>();
    int snippets = 0;
    for (Path doc : docs()) {
      List<String> lines = lines(doc);
      for (int i = 0; i < lines.size(); i++) {
        Matcher fence = FENCE.matcher(lines.get(i));
        if (!fence.matches()) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).equals("```")) {
          end++;
        }
        List<String> snippet = lines.subList(i + 1, end);
        Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : MARKER.matcher("");
        if (!marker.matches()) {
          if (!fence.group(1).equals("text")) {
            problems.add(where(doc, i) + ": a snippet without a <!-- file: PATH --> line before it (```text for output)");
          }
        } else if (!marker.group(1).equals("new file")) {
          snippets++;
          Path file = ROOT.resolve(marker.group(2));
          if (!Files.isRegularFile(file)) {
            problems.add(where(doc, i) + ": " + marker.group(2) + " does not exist");
          } else if (marker.group(1).equals("file") ? !lines(file).equals(snippet) : !containsRun(lines(file), snippet)) {
            problems.add(where(doc, i) + ": the snippet differs from " + marker.group(2));
          }
        }
        i = end;
      }
    }
    assertTrue(snippets > 10, "only " + snippets + " snippets found");
    assertEquals(List.of(), problems);
  }

  /** Whether {@code run} is a run of lines of {@code file}, shifted left as a whole. */
  static boolean containsRun(List<String> file, List<String> run) {
    if (run.isEmpty()) {
      return false;
    }
    for (int start = 0; start + run.size() <= file.size(); start++) {
      String first = file.get(start);
      int shift = first.length() - run.get(0).length();
      if (shift < 0 || !first.endsWith(run.get(0)) || !first.substring(0, shift).isBlank()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < run.size() && same; k++) {
        String line = file.get(start + k);
        same = run.get(k).isEmpty() ? line.isBlank()
            : line.length() >= shift && line.substring(0, shift).isBlank() && line.substring(shift).equals(run.get(k));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theGuidesProjectsUseThisSnpgateVersion() {
    String root = String.join("\n", lines(ROOT.resolve("pom.xml")));
    Matcher version = Pattern.compile("<artifactId>snpgate-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(root);
    assertTrue(version.find());
    for (String project : List.of("getting-started", "multi-module")) {
      List<String> pom = lines(ROOT.resolve("integration-tests/src/it/" + project + "/pom.xml"));
      assertTrue(pom.contains("    <snpgate.version>" + version.group(1) + "</snpgate.version>"),
          project + "/pom.xml does not write out snpgate " + version.group(1));
    }
  }

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() {
    List<String> problems = new ArrayList<>();
    for (Path doc : docs()) {
      List<String> lines = lines(doc);
      for (int i = 0; i < lines.size(); i++) {
        Matcher link = LINK.matcher(lines.get(i));
        while (link.find()) {
          String target = link.group(1);
          if (target.startsWith("https://") || target.startsWith("#")) {
            continue;
          }
          Path file = doc.getParent().resolve(target.replaceFirst("#.*", "")).normalize();
          if (!file.startsWith(ROOT) || !Files.exists(file)) {
            problems.add(where(doc, i) + ": " + target + " does not resolve in the repository");
          }
        }
        for (String outside : List.of("../shared", "/work/", "/tmp/", "/root/", "/home/", "file:/")) {
          if (lines.get(i).contains(outside)) {
            problems.add(where(doc, i) + ": names " + outside + ", outside the repository");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyOptionAndAnnotationNamedIsInTheCode() throws IOException {
    String code = code();
    Set<String> missing = new TreeSet<>();
    for (Path doc : docs()) {
      String text = String.join("\n", lines(doc));
      for (Matcher option = OPTION.matcher(text); option.find(); ) {
        if (!code.contains("\"" + option.group() + "\"") && !code.contains("<" + option.group() + ">")
            && !code.contains("property = \"" + option.group())) {
          missing.add(ROOT.relativize(doc) + ": " + option.group());
        }
      }
      for (Matcher option = LONG_OPTION.matcher(text); option.find(); ) {
        if (!OTHER_TOOLS_OPTIONS.contains(option.group()) && !code.contains("\"" + option.group())) {
          missing.add(ROOT.relativize(doc) + ": " + option.group());
        }
      }
      for (Matcher annotation = ANNOTATION.matcher(text); annotation.find(); ) {
        if (!Files.exists(ROOT.resolve("annotations/src/main/java/dev/snpgate/annotations/"
            + annotation.group().substring(1) + ".java"))) {
          missing.add(ROOT.relativize(doc) + ": " + annotation.group());
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void theDesignPageNamesEveryAnnotationAndEveryIntegrationTestProject() throws IOException {
    String design = String.join("\n", lines(ROOT.resolve("docs/design.md")));
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> annotations = Files.list(ROOT.resolve("annotations/src/main/java/dev/snpgate/annotations"))) {
      annotations.map(file -> file.getFileName().toString().replace(".java", ""))
          .filter(name -> !name.equals("package-info") && !design.contains("`@" + name + "`"))
          .forEach(name -> missing.add("@" + name));
    }
    try (Stream<Path> projects = Files.list(ROOT.resolve("integration-tests/src/it"))) {
      projects.map(dir -> dir.getFileName().toString()).filter(name -> !design.contains("`" + name + "`"))
          .forEach(missing::add);
    }
    assertEquals(Set.of(), missing, "docs/design.md does not name these");
  }

  /** The main and test sources, the poms and the scripts: where an option can be defined. */
  static String code() throws IOException {
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = ROOT.relativize(file).toString();
        boolean source = relative.contains("/src/") && (relative.endsWith(".java") || relative.endsWith(".xml"));
        if (Files.isRegularFile(file) && !relative.contains("/target/") && !relative.startsWith("docs/")
            && !relative.contains("/src/it/") && !relative.startsWith(".git/")
            && (source || relative.endsWith("pom.xml") || relative.equals(".ci/run") || relative.endsWith(".sh"))) {
          code.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return code.toString();
  }
}
