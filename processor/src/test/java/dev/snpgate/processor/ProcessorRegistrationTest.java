package dev.snpgate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How build tools find the processor, checked against facts that do not come from the file under
 * test: Gradle's documented format of {@code META-INF/gradle/incremental.annotation.processors}
 * (one {@code class name,category} a line, category isolating, aggregating or dynamic), the class
 * path, and the service registration AutoService generates into the class output.
 */
class ProcessorRegistrationTest {

  static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";
  static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
  private static final Pattern GRADLE_LINE =
      Pattern.compile("([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
          + "(?:\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*),(isolating|aggregating|dynamic)");

  @TempDir
  Path temp;

  /** What is wrong with the processor registrations under {@code classOutput}; empty when nothing is. */
  static List<String> problems(Path classOutput) throws IOException {
    List<String> problems = new ArrayList<>();
    Path gradle = classOutput.resolve(GRADLE);
    if (!Files.isRegularFile(gradle)) {
      problems.add(GRADLE + " is not in " + classOutput);
      return problems;
    }
    List<String> lines = lines(gradle);
    if (lines.size() != 1) {
      problems.add(GRADLE + " has " + lines.size() + " lines, not one: " + lines);
      return problems;
    }
    Matcher line = GRADLE_LINE.matcher(lines.get(0));
    if (!line.matches()) {
      problems.add("'" + lines.get(0) + "' is not Gradle's 'class name,category'");
      return problems;
    }
    String className = line.group(1);
    // One registry is generated from every feature class of the compilation: that is aggregating.
    if (!line.group(2).equals("aggregating")) {
      problems.add(className + " is declared " + line.group(2) + ", not aggregating");
    }
    try {
      if (!Processor.class.isAssignableFrom(Class.forName(className, false, ProcessorRegistrationTest.class
          .getClassLoader()))) {
        problems.add(className + " is not an annotation processor");
      }
    } catch (ClassNotFoundException e) {
      problems.add(className + " cannot be loaded");
    }
    Path services = classOutput.resolve(SERVICES);
    List<String> registered = Files.isRegularFile(services) ? lines(services) : List.of();
    if (!registered.equals(List.of(className))) {
      problems.add(SERVICES + " registers " + registered + ", not " + className);
    }
    return problems;
  }

  /** The lines that say something: no comments (the service file format allows {@code #}), no blanks. */
  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String content = line.replaceFirst("#.*", "").strip();
      if (!content.isEmpty()) {
        lines.add(content);
      }
    }
    return lines;
  }

  private static Path processorClassOutput() throws Exception {
    return Paths.get(SnpGateProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private Path classOutput(String gradle, String services) throws IOException {
    Files.createDirectories(temp.resolve("META-INF/gradle"));
    Files.createDirectories(temp.resolve("META-INF/services"));
    Files.writeString(temp.resolve(GRADLE), gradle);
    Files.writeString(temp.resolve(SERVICES), services);
    return temp;
  }

  @Test
  void gradleFindsTheProcessorAsAggregatingAndItIsTheOneRegisteredAsAService() throws Exception {
    Path classOutput = processorClassOutput();
    assertEquals(List.of(), problems(classOutput));
    assertEquals(List.of("dev.snpgate.processor.SnpGateProcessor,aggregating"),
        Files.readAllLines(classOutput.resolve(GRADLE), StandardCharsets.UTF_8));
  }

  @Test
  void theCheckCatchesAnIsolatingDeclaration() throws IOException {
    assertEquals(List.of("dev.snpgate.processor.SnpGateProcessor is declared isolating, not aggregating"),
        problems(classOutput("dev.snpgate.processor.SnpGateProcessor,isolating\n",
            "dev.snpgate.processor.SnpGateProcessor\n")));
  }

  @Test
  void theCheckCatchesAClassThatDoesNotExistOrIsNotTheRegisteredService() throws IOException {
    assertEquals(List.of("dev.snpgate.processor.SnpGate cannot be loaded", SERVICES
            + " registers [dev.snpgate.processor.SnpGateProcessor], not dev.snpgate.processor.SnpGate"),
        problems(classOutput("dev.snpgate.processor.SnpGate,aggregating\n", "dev.snpgate.processor.SnpGateProcessor\n")));
  }

  @Test
  void theCheckCatchesAClassThatIsNotAProcessor() throws IOException {
    assertEquals(List.of("dev.snpgate.processor.reviewed.CompilerCheck is not an annotation processor", SERVICES
            + " registers [dev.snpgate.processor.SnpGateProcessor], not dev.snpgate.processor.reviewed.CompilerCheck"),
        problems(classOutput("dev.snpgate.processor.reviewed.CompilerCheck,aggregating\n",
            "dev.snpgate.processor.SnpGateProcessor\n")));
  }

  @Test
  void theCheckCatchesAnotherFormat() throws IOException {
    assertEquals(List.of("'dev.snpgate.processor.SnpGateProcessor aggregating' is not Gradle's 'class name,category'"),
        problems(classOutput("dev.snpgate.processor.SnpGateProcessor aggregating\n", "x\n")));
    assertEquals(List.of(GRADLE + " has 2 lines, not one: [a.B,aggregating, c.D,aggregating]"),
        problems(classOutput("a.B,aggregating\nc.D,aggregating\n", "x\n")));
  }
}
