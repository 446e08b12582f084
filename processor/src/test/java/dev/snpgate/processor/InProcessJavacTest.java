package dev.snpgate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac with a class output on the file system, laid out as Maven lays it out: relative paths of
 * options resolve against the module directory, found from {@code target/classes}.
 */
class InProcessJavacTest {

  @TempDir
  Path module;

  @Test
  void relativeBaselineResolvesAgainstTheModuleAboveTargetClasses() throws IOException {
    Path classes = Files.createDirectories(module.resolve("target/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<JavaFileObject> sources = GuestSources.exampleGuest();
      JavaCompiler.CompilationTask task = javac.getTask(output, files, null,
          List.of("-d", classes.toString(), "-proc:only", "-classpath", System.getProperty("java.class.path"),
              "-Asnpgate.baseline=snpgate-baseline.txt", "-Asnpgate.updateBaseline=true"),
          null, sources);
      task.setProcessors(List.of(new SnpGateProcessor()));
      assertTrue(task.call(), output.toString());
    }
    assertTrue(Files.readString(module.resolve("snpgate-baseline.txt")).contains("PRESENT  0x0000000000040880"));
    assertEquals(Files.readString(module.resolve("snpgate-baseline.txt")),
        Files.readString(classes.resolve("META-INF/snpgate/baseline.txt")));
  }
}
