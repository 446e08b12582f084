package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command the README and the guide tell a reader to run outside a fenced block, as an
 * indented line or as inline code, is accounted for, so that it fails here when it goes stale. A
 * transcript ({@code $ COMMAND}) is run by {@link DocsProjectsIT} or the CLI's DocsTranscriptIT. Any
 * other command is checked against the repository: its Maven profiles, modules, properties, phases
 * and goals exist; the jars it runs are built by a pom; its classes, modules, {@code ./snpgate}
 * subcommands, options and scripts exist. The README's two commands are what {@code .ci/run} runs.
 */
class DocsCommandsTest {

  private static final Path ROOT = DocsTest.ROOT;
  private static final String INDENT = "    ";
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
  /** A line that starts a block of its own inside a paragraph: a list item or a table row. */
  private static final Pattern BLOCK_START = Pattern.compile("\\s*([-*]|\\d+\\.) .*|\\|.*");
  /** A command starts with one of these programs, or with a script: {@code x.sh}, {@code ./x}, {@code .ci/x}. */
  private static final Set<String> PROGRAMS = Set.of("mvn", "java", "./snpgate", "bash", "sh", "git");
  private static final Pattern SCRIPT = Pattern.compile("\\S+\\.sh|\\./\\S+|\\.ci/\\S+");
  /** An upper-case word stands for what the reader fills in: {@code -pl MODULE}, {@code -Dit.test=NAME}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z_]*");
  private static final Set<String> MAVEN_FLAGS = Set.of("-q", "-B", "-ntp", "-o", "-e", "-U", "-am", "-amd");
  private static final Set<String> MAVEN_PHASES = Set.of("clean", "validate", "initialize", "generate-sources",
      "process-sources", "generate-resources", "process-resources", "compile", "process-classes",
      "generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
      "test-compile", "process-test-classes", "test", "prepare-package", "package", "pre-integration-test",
      "integration-test", "post-integration-test", "verify", "install", "deploy");
  /**
   * Properties that Maven's own plugins read, not snpgate's code: Surefire and Failsafe's
   * {@code skipTests} and {@code maven.test.skip.exec} (.ci/run), Failsafe's {@code it.test}.
   */
  private static final Set<String> STANDARD_PROPERTIES = Set.of("skipTests", "maven.test.skip.exec", "it.test");
  /** What {@code .ci/run} adds to a documented Maven command for CI: batch mode, no progress, -D options. */
  private static final Set<String> CI_FLAGS = Set.of("-B", "-ntp");

  enum Kind { TRANSCRIPT, INDENTED, INLINE }

  /**
   * A command where the docs show it; {@code project}: the guide project the page names, or null;
   * {@code paragraph}: the prose it stands in, or that introduces it.
   */
  record Command(String where, String page, Path project, Kind kind, String text, String paragraph) {
    List<String> words() {
      return List.of(text.split(" "));
    }

    @Override
    public String toString() {
      return where + ": `" + text + "`";
    }
  }

  private static final List<String> FILES = repositoryFiles();
  private static final String CODE = code();

  @Test
  void everyCommandTheDocsGiveIsAccountedFor() {
    List<Command> commands = DocsTest.docs().stream().flatMap(doc -> commands(doc).stream()).toList();
    assertTrue(commands.size() > 20, "only " + commands.size() + " commands found: " + commands);
    List<String> problems = new ArrayList<>();
    for (Command command : commands) {
      List<Command> samePage = commands.stream().filter(other -> other.page().equals(command.page())).toList();
      List<String> found = problems(command, samePage);
      if (!found.isEmpty()) {
        problems.add(command + ": " + String.join("; ", found));
      }
    }
    assertTrue(problems.isEmpty(), "commands in the docs that are stale or that no test accounts for:\n"
        + String.join("\n", problems));
  }

  @Test
  void theReadmesTwoCommandsAreWhatCiRuns() {
    List<Command> two = commands(ROOT.resolve("README.md")).stream()
        .filter(command -> command.kind() == Kind.INDENTED).toList();
    assertEquals(2, two.size(), "README.md should give two commands, to build and run the example and to test: " + two);
    List<String> script = DocsTest.lines(ROOT.resolve(".ci/run")).stream().map(String::strip).toList();
    Command example = two.get(0);
    assertTrue(script.contains(example.text()), ".ci/run does not run " + example + " verbatim");

    Command tests = two.get(1);
    List<List<String>> ciMaven = ciMavenCommands(script);
    List<String> problems = new ArrayList<>();
    for (List<String> ci : ciMaven) {
      ci.stream().filter(word -> word.startsWith("-D")).map(DocsCommandsTest::propertyName)
          .filter(name -> !isReadProperty(name)).forEach(name -> problems.add(".ci/run passes -D" + name + ", which nothing reads"));
    }
    assertEquals(List.of(), problems);
    List<List<String>> documented = ciMaven.stream().map(DocsCommandsTest::withoutCiFlags).toList();
    assertTrue(documented.contains(tests.words()),
        ".ci/run does not run " + tests + " (modulo " + CI_FLAGS + " and -D options); it runs " + documented);
  }

  /** The commands of one page, in the order of their kinds: transcripts and indented lines, then inline code. */
  static List<Command> commands(Path doc) {
    List<String> lines = DocsTest.lines(doc);
    String page = ROOT.relativize(doc).toString().replace('\\', '/');
    Path project = lines.stream().filter(line -> line.startsWith(DocsProjectsIT.PROJECT)).findFirst()
        .map(line -> ROOT.resolve(line.substring("<!-- project: ".length(), line.length() - " -->".length())))
        .orElse(null);
    List<Command> commands = new ArrayList<>();
    List<String> prose = new ArrayList<>();
    boolean fenced = false;
    boolean indented = false;
    boolean transcriptOutput = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // Markdown: an indented block starts after a blank line; an indented line after text continues it.
      indented = !fenced && line.startsWith(INDENT) && (indented || i == 0 || lines.get(i - 1).isBlank());
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      if (!fenced && !indented && !line.startsWith("```")) {
        prose.add(line);
        continue;
      }
      String introduction = paragraph(prose, i - 1);
      prose.add("");
      String where = page + ":" + (i + 1);
      String text = line.strip();
      if (!indented) {
        transcriptOutput = false;
      } else if (text.startsWith("$ ")) {
        commands.add(new Command(where, page, project, Kind.TRANSCRIPT, text.substring(2), introduction));
        transcriptOutput = true;
      } else if (text.matches("\\[exit \\d+\\]")) {
        transcriptOutput = false;
      } else if (!transcriptOutput && isCommand(text)) {
        commands.add(new Command(where, page, project, Kind.INDENTED, text, introduction));
      }
    }
    String text = String.join("\n", prose);
    for (Matcher code = INLINE_CODE.matcher(text); code.find(); ) {
      String span = code.group(1).replaceAll("\\s+", " ").strip();
      if (isCommand(span)) {
        int line = (int) text.substring(0, code.start()).chars().filter(c -> c == '\n').count() + 1;
        commands.add(new Command(page + ":" + line, page, project, Kind.INLINE, span, paragraph(prose, line - 1)));
      }
    }
    return commands;
  }

  /**
   * The paragraph, list item or table row of prose at {@code index}, or the last one before it
   * when that line is not prose.
   */
  private static String paragraph(List<String> prose, int index) {
    int end = Math.min(index, prose.size() - 1);
    while (end >= 0 && prose.get(end).isBlank()) {
      end--;
    }
    if (end < 0) {
      return "";
    }
    int start = end;
    while (start > 0 && !BLOCK_START.matcher(prose.get(start)).matches() && !prose.get(start - 1).isBlank()) {
      start--;
    }
    while (end + 1 < prose.size() && !prose.get(end + 1).isBlank() && !BLOCK_START.matcher(prose.get(end + 1)).matches()) {
      end++;
    }
    return String.join("\n", prose.subList(start, end + 1));
  }

  private static boolean isCommand(String text) {
    String program = text.split(" ")[0];
    return PROGRAMS.contains(program) || SCRIPT.matcher(program).matches();
  }

  /** Why {@code command} cannot be trusted; empty when a test runs it or the repository bears it out. */
  private static List<String> problems(Command command, List<Command> samePage) {
    if (command.kind() == Kind.TRANSCRIPT) {
      return transcriptProblems(command);
    }
    if (command.text().contains("…")) {
      return abbreviationProblems(command, samePage);
    }
    List<String> problems = new ArrayList<>();
    for (String part : command.text().split(" && ")) {
      List<String> words = List.of(part.strip().split(" "));
      String program = words.get(0);
      switch (program) {
        case "mvn" -> problems.addAll(mavenProblems(words, command));
        case "java" -> problems.addAll(javaProblems(words));
        case "./snpgate" -> problems.addAll(snpgateProblems(words));
        case "bash", "sh" -> problems.addAll(words.size() < 2 ? List.of(program + " runs no script")
            : scriptProblems(words.get(1), false, samePage));
        default -> problems.addAll(SCRIPT.matcher(program).matches() ? scriptProblems(program, true, samePage)
            : List.of("no check here knows the program " + program + "; teach DocsCommandsTest one"));
      }
    }
    return problems;
  }

  /** A transcript is run as the docs show it: ./snpgate ones by the CLI's test, mvn and java ones in a guide project. */
  private static List<String> transcriptProblems(Command command) {
    String program = command.words().get(0);
    if (program.equals("./snpgate")) {
      return read("cli/src/test/java/dev/snpgate/cli/DocsTranscriptIT.java").contains("\"$ ./snpgate \"")
          ? List.of() : List.of("DocsTranscriptIT no longer runs ./snpgate transcripts");
    }
    boolean followed = command.project() != null
        && read("integration-tests/src/test/java/dev/snpgate/it/DocsProjectsIT.java").contains("\"" + command.page() + "\"");
    if (!followed) {
      return List.of("a transcript that no test runs: DocsProjectsIT follows only the pages it names");
    }
    return program.equals("mvn") || program.equals("java") ? List.of()
        : List.of("DocsProjectsIT runs only mvn and java transcripts");
  }

  /** {@code java -p … -m …} shortens a command of the same page, which is checked in full. */
  private static List<String> abbreviationProblems(Command command, List<Command> samePage) {
    List<String> shown = command.words().stream().filter(word -> !word.equals("…")).toList();
    boolean full = samePage.stream().filter(other -> !other.text().contains("…"))
        .anyMatch(other -> isSubsequence(shown, other.words()));
    return full ? List.of() : List.of("shortens no command given in full on " + command.page());
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int next = 0;
    for (String word : whole) {
      if (next < part.size() && part.get(next).equals(word)) {
        next++;
      }
    }
    return next == part.size();
  }

  private static List<String> mavenProblems(List<String> words, Command command) {
    Path project = command.project();
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (MAVEN_FLAGS.contains(word)) {
        continue;
      }
      if (word.startsWith("-P")) {
        for (String profile : (word.length() > 2 ? word.substring(2) : words.get(++i)).split(",")) {
          if (!profiles().contains(profile.replaceFirst("^[!-]", ""))) {
            problems.add("no pom declares the profile " + profile);
          }
        }
      } else if (word.equals("-pl")) {
        for (String module : words.get(++i).split(",")) {
          if (!PLACEHOLDER.matcher(module).matches() && !modules(ROOT).contains(module)
              && (project == null || !modules(project).contains(module))) {
            problems.add("no module " + module + " in the reactor" + (project == null ? "" : " or in " + ROOT.relativize(project)));
          } else if (modules(ROOT).contains(module) && !words.contains("-am") && !command.paragraph().contains("install")
              && read(module + "/pom.xml").split("</parent>")[1].contains("<groupId>dev.snpgate</groupId>")) {
            // Without -am, Maven takes the modules it depends on from the local repository, not from this clone.
            problems.add("-pl " + module + " without -am needs the snpgate modules it depends on installed: add -am,"
                + " or say to run mvn -q install -DskipTests first");
          }
        }
      } else if (word.equals("-f")) {
        String pom = words.get(++i);
        if (!Files.isRegularFile(ROOT.resolve(pom)) && (project == null || !Files.isRegularFile(project.resolve(pom)))) {
          problems.add(pom + " does not exist" + (project == null ? "" : " in " + ROOT.relativize(project)));
        }
      } else if (word.startsWith("-D")) {
        if (!isReadProperty(propertyName(word))) {
          problems.add("no pom, plugin or test reads the property " + propertyName(word));
        }
      } else if (word.startsWith("-")) {
        problems.add("the option " + word + " is not one this test knows (MAVEN_FLAGS)");
      } else if (word.contains(":")) {
        problems.addAll(goalProblems(word));
      } else if (!MAVEN_PHASES.contains(word)) {
        problems.add(word + " is not a Maven lifecycle phase");
      }
    }
    return problems;
  }

  /** {@code snpgate:GOAL} or {@code dev.snpgate:snpgate-maven-plugin[:VERSION]:GOAL}. */
  private static List<String> goalProblems(String word) {
    String pluginPom = read("maven-plugin/pom.xml");
    List<String> parts = List.of(word.split(":"));
    String goal = parts.get(parts.size() - 1);
    boolean ourPlugin = parts.size() == 2 ? pluginPom.contains("<goalPrefix>" + parts.get(0) + "</goalPrefix>")
        : parts.get(0).equals("dev.snpgate") && parts.get(1).equals("snpgate-maven-plugin");
    if (!ourPlugin) {
      return List.of(word + " is not a goal of snpgate's Maven plugin (the only plugin this test knows)");
    }
    Set<String> goals = matches(sources("maven-plugin/src/main/java/"), "@Mojo\\(name = \"([a-z-]+)\"");
    if (pluginPom.contains("<goal>helpmojo</goal>")) {
      goals.add("help");
    }
    return goals.contains(goal) ? List.of() : List.of("the plugin has no goal " + goal + " (it has " + goals + ")");
  }

  private static List<String> javaProblems(List<String> words) {
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-jar" -> {
          problems.addAll(builtProblems(words.get(i + 1)));
          return problems;
        }
        case "-cp", "-classpath", "-p", "--module-path" -> {
          for (String entry : words.get(++i).split(":")) {
            problems.addAll(classPathEntryProblems(entry));
          }
        }
        case "-m", "--module" -> {
          String[] module = words.get(i + 1).split("/");
          problems.addAll(mainModuleProblems(module[0], module.length > 1 ? module[1] : null));
          return problems;
        }
        default -> {
          if (!word.startsWith("-")) {
            if (FILES.stream().noneMatch(file -> file.endsWith("src/main/java/" + word.replace('.', '/') + ".java"))) {
              problems.add("no source of the main class " + word);
            }
            return problems;
          }
        }
      }
    }
    return problems;
  }

  /** A jar under DIR/target/ is one DIR/pom.xml writes there; a snpgate artifact's jar is of this version. */
  private static List<String> classPathEntryProblems(String entry) {
    if (entry.contains("target/")) {
      return builtProblems(entry);
    }
    Matcher artifact = Pattern.compile("(snpgate-[a-z-]+?)-(\\d[^:]*)\\.jar").matcher(entry);
    if (!artifact.matches()) {
      return List.of(); // the reader's own jar, as guest.jar
    }
    String version = matches(read("pom.xml"), "<artifactId>snpgate-parent</artifactId>\\s*<version>([^<]+)</version>")
        .iterator().next();
    boolean built = modules(ROOT).stream()
        .anyMatch(module -> matches(read(module + "/pom.xml"), "</parent>\\s*<artifactId>([^<]+)</artifactId>")
            .contains(artifact.group(1)));
    List<String> problems = new ArrayList<>();
    if (!built) {
      problems.add("no module builds the artifact " + artifact.group(1));
    }
    if (!artifact.group(2).equals(version)) {
      problems.add(entry + " is not of this version, " + version);
    }
    return problems;
  }

  private static List<String> builtProblems(String jar) {
    int at = jar.indexOf("target/");
    String dir = jar.substring(0, at);
    String name = jar.substring(at + "target/".length());
    String pom = dir + "pom.xml";
    if (!FILES.contains(pom) || !modules(ROOT).contains(dir.replaceFirst("/$", ""))) {
      return List.of("no module of the reactor in " + (dir.isEmpty() ? "the root" : dir) + " to build " + jar);
    }
    String text = read(pom);
    boolean written = text.contains("${project.build.directory}/" + name)
        || name.endsWith(".jar") && text.contains("<finalName>" + name.substring(0, name.length() - 4) + "</finalName>");
    return written ? List.of() : List.of(pom + " does not write " + name + " into target/");
  }

  private static List<String> mainModuleProblems(String module, String mainClass) {
    List<String> declarations = FILES.stream().filter(file -> file.endsWith("/module-info.java"))
        .filter(file -> read(file).contains("module " + module + " {")).toList();
    if (declarations.isEmpty()) {
      return List.of("no module-info.java declares the module " + module);
    }
    boolean found = mainClass == null || declarations.stream().anyMatch(file ->
        FILES.contains(file.replace("module-info.java", mainClass.replace('.', '/') + ".java")));
    return found ? List.of() : List.of("the module " + module + " has no class " + mainClass);
  }

  private static List<String> snpgateProblems(List<String> words) {
    List<String> problems = new ArrayList<>();
    if (!Files.isExecutable(ROOT.resolve("snpgate"))) {
      problems.add("./snpgate is not an executable file at the root");
    }
    String cli = sources("cli/src/main/java/");
    Set<String> subcommands = matches(cli, "@Command\\(\\s*name = \"([a-z-]+)\"");
    subcommands.remove("snpgate");
    if (words.size() > 1 && !words.get(1).startsWith("-") && !subcommands.contains(words.get(1))) {
      problems.add("snpgate has no command " + words.get(1) + " (it has " + subcommands + ")");
    }
    words.stream().filter(word -> word.startsWith("--")).map(word -> word.split("=")[0])
        .filter(option -> !cli.contains("\"" + option + "\"")).forEach(option -> problems.add("snpgate has no option " + option));
    return problems;
  }

  /**
   * A script path, from the root; a bare name ({@code run.sh}) is a script named in full on the
   * same page. Run directly it must be executable.
   */
  private static List<String> scriptProblems(String script, boolean direct, List<Command> samePage) {
    String path = script.startsWith("./") ? script.substring(2) : script;
    if (!path.contains("/")) {
      path = samePage.stream().flatMap(command -> command.words().stream()).filter(word -> word.endsWith("/" + script))
          .findFirst().orElse(path);
    }
    Path file = ROOT.resolve(path);
    if (!Files.isRegularFile(file)) {
      return List.of(script + " does not exist");
    }
    return !direct || Files.isExecutable(file) ? List.of() : List.of(path + " is not executable");
  }

  /** The Maven commands {@code .ci/run} runs, its arrays expanded ({@code "${MVN[@]}"} is {@code mvn -B -ntp}). */
  private static List<List<String>> ciMavenCommands(List<String> script) {
    Map<String, List<String>> arrays = new HashMap<>();
    Pattern array = Pattern.compile("([A-Z0-9_]+)=\\((.*)\\)");
    List<List<String>> commands = new ArrayList<>();
    for (String line : script) {
      Matcher definition = array.matcher(line);
      int start = line.indexOf("\"${MVN[@]}\"");
      if (definition.matches()) {
        arrays.put(definition.group(1), expand(definition.group(2), arrays));
      } else if (start >= 0 || line.startsWith("mvn ")) {
        // The command ends where its redirections, its pipe or its then begin.
        commands.add(expand(line.substring(Math.max(start, 0)).split(" >| 2>|;| \\| | && ")[0], arrays));
      }
    }
    return commands;
  }

  private static List<String> expand(String words, Map<String, List<String>> arrays) {
    List<String> expanded = new ArrayList<>();
    for (String word : words.strip().split("\\s+")) {
      Matcher array = Pattern.compile("\"\\$\\{([A-Z0-9_]+)\\[@\\]\\}\"").matcher(word);
      if (array.matches()) {
        expanded.addAll(arrays.getOrDefault(array.group(1), List.of(word)));
      } else {
        expanded.add(word.replace("\"", ""));
      }
    }
    return expanded;
  }

  private static List<String> withoutCiFlags(List<String> command) {
    return command.stream().filter(word -> !CI_FLAGS.contains(word) && !word.startsWith("-D")).toList();
  }

  private static String propertyName(String option) {
    return option.substring(2).split("=")[0];
  }

  /** Read by a pom ({@code ${NAME}}), the plugin or a test ({@code "NAME"}), or by Maven's own plugins. */
  private static boolean isReadProperty(String name) {
    return STANDARD_PROPERTIES.contains(name) || CODE.contains("\"" + name + "\"") || CODE.contains("${" + name + "}");
  }

  private static String code() {
    try {
      return DocsTest.code();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> profiles() {
    return FILES.stream().filter(file -> file.endsWith("pom.xml"))
        .flatMap(pom -> matches(read(pom), "(?s)<profile>.*?<id>([^<]+)</id>").stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> modules(Path dir) {
    return matches(read(ROOT.relativize(dir.resolve("pom.xml")).toString()), "<module>([^<]+)</module>");
  }

  private static Set<String> matches(String text, String regex) {
    Set<String> found = new TreeSet<>();
    for (Matcher matcher = Pattern.compile(regex).matcher(text); matcher.find(); ) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The Java sources under one directory, one text. */
  private static String sources(String dir) {
    return FILES.stream().filter(file -> file.startsWith(dir) && file.endsWith(".java"))
        .map(DocsCommandsTest::read).collect(Collectors.joining("\n"));
  }

  private static String read(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's files, relative and with '/', without build output and .git. */
  private static List<String> repositoryFiles() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile).map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
          .filter(file -> !file.startsWith(".git/") && !file.startsWith("target/") && !file.contains("/target/"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
