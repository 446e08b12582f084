package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the guest project under {@code src/it/guest} in a work directory of its own, built
 * with a real Maven against the artifacts this build just produced.
 */
final class GuestBuild {

  private static final String VERSION = System.getProperty("snpgate.version");
  private static final Path PROJECTS = Path.of(System.getProperty("snpgate.projects"));
  private static final Path WORK = Path.of(System.getProperty("snpgate.work"));
  private static final Path MAVEN = Path.of(System.getProperty("snpgate.mavenHome"), "bin", "mvn");

  /** The outcome of one Maven run: its exit status and its output, with the project dir as {@code ${dir}}. */
  record Result(int exitStatus, List<String> lines) {
    String output() {
      return String.join("\n", lines);
    }
  }

  private final Path dir;

  private GuestBuild(Path dir) {
    this.dir = dir;
  }

  /** A fresh copy of the small guest project under {@code src/it/guest}, named after the test. */
  static GuestBuild copy(String name) {
    return copy(name, PROJECTS.resolve("guest"));
  }

  /** A fresh copy of the project under {@code src/it/<project>}, named after the test. */
  static GuestBuild copyOfProject(String name, String project) {
    return copy(name, PROJECTS.resolve(project));
  }

  /** A fresh copy of this repository's example guest, without its build output. */
  static GuestBuild copyOfExample(String name) {
    return copy(name, Path.of(System.getProperty("snpgate.examples")));
  }

  private static GuestBuild copy(String name, Path template) {
    Path target = WORK.resolve(name);
    try {
      deleteRecursively(target);
      try (Stream<Path> files = Files.walk(template)) {
        for (Path source : (Iterable<Path>) files::iterator) {
          String relative = template.relativize(source).toString();
          if (relative.equals("target") || relative.startsWith("target/") || relative.contains("/target/")
              || relative.endsWith("/target")) {
            continue;
          }
          Path copy = target.resolve(relative);
          if (Files.isDirectory(source)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      GuestBuild build = new GuestBuild(target);
      build.write("pom.xml", build.read("pom.xml").replace("@snpgate.version@", VERSION));
      return build;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  String read(String relative) {
    try {
      return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(dir.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in a directory of the project, sorted. */
  List<String> list(String relative) {
    try (Stream<Path> files = Files.list(dir.resolve(relative))) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String relative, String content) {
    try {
      Files.createDirectories(dir.resolve(relative).getParent());
      Files.writeString(dir.resolve(relative), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String relative) {
    try {
      Files.delete(dir.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code mvn -B <args>} in the project and returns what it did. */
  Result maven(String... args) {
    List<String> command = new ArrayList<>(List.of(MAVEN.toString(), "-B", "-s", settings().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    try {
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(10, TimeUnit.MINUTES), "maven did not finish");
      List<String> lines = new ArrayList<>();
      for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
        lines.add(line.replace(dir.toString(), "${dir}").replaceAll("\u001B\\[[;\\d]*m", "").stripTrailing());
      }
      return new Result(process.exitValue(), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Runs {@code command} in {@code directory}, standard error into standard output, within a
   * minute; the output's lines without trailing blanks.
   */
  static Result run(Path directory, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    try {
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the process did not finish: " + command);
      return new Result(process.exitValue(),
          new String(output, StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs the test's own {@code java} with {@code arguments}, as {@link #run}, in this project. */
  Result java(String... arguments) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(arguments));
    return run(dir, command);
  }

  /**
   * Every file outside {@code target/} with its content: what a build may not change.
   */
  Map<String, String> filesOutsideTarget() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        String relative = dir.relativize(file).toString();
        if (Files.isRegularFile(file) && !relative.startsWith("target")) {
          files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Settings that resolve snpgate from the test repository and everything else from the user's. */
  private static Path settings() {
    Path settings = WORK.resolve("settings.xml");
    String userRepo = Path.of(System.getProperty("snpgate.userRepo")).toUri().toString();
    String repository = "<id>user-repository</id><url>" + userRepo + "</url>"
        + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
    String xml = "<settings>\n"
        + "  <localRepository>" + System.getProperty("snpgate.itRepo") + "</localRepository>\n"
        + "  <profiles><profile><id>user-repository</id>\n"
        + "    <repositories><repository>" + repository + "</repository></repositories>\n"
        + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
        + "  </profile></profiles>\n"
        + "  <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>\n"
        + "</settings>\n";
    try {
      Files.createDirectories(WORK);
      Files.writeString(settings, xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return settings;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
      for (Path path : paths) {
        Files.delete(path);
      }
    }
  }
}
