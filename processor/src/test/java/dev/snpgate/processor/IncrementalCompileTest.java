package dev.snpgate.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recompiling part of a guest against its previous output, as IDEs and Gradle do. */
class IncrementalCompileTest {

  private static boolean compile(Path out, String classPath, StringWriter log, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<File> sourceFiles = new java.util.ArrayList<>();
      for (Path source : sources) {
        sourceFiles.add(source.toFile());
      }
      JavaCompiler.CompilationTask task = javac.getTask(log, files, null,
          List.of("-d", out.toString(), "-s", out.toString(), "-classpath", classPath),
          null, files.getJavaFileObjectsFromFiles(sourceFiles));
      task.setProcessors(List.of(new SnpGateProcessor()));
      return task.call();
    }
  }

  @Test
  void aRegistryLeftOnTheClassPathByTheLastBuildIsGeneratedAnewNotAnError(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("src/g/Tsc.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package g;\n@dev.snpgate.annotations.SnpFeature(bit = 11, rationale = \"r\")\n"
        + "public final class Tsc implements dev.snpgate.runtime.GuestFeature {\n"
        + "  public void enable(dev.snpgate.runtime.SevStatus s) {}\n}\n");
    Path first = Files.createDirectories(dir.resolve("first"));
    StringWriter log = new StringWriter();
    assertTrue(compile(first, System.getProperty("java.class.path"), log, source), log.toString());
    Path second = Files.createDirectories(dir.resolve("second"));
    String withPreviousOutput = first + File.pathSeparator + System.getProperty("java.class.path");
    assertTrue(compile(second, withPreviousOutput, log, source), log.toString());
    assertTrue(Files.isRegularFile(second.resolve("g/SnpGateRegistry.class")), log.toString());
  }
}
