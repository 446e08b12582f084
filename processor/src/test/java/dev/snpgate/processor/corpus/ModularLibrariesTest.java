package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.processor.SnpGateProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * A guest that is a named module and requires two feature libraries that are named modules, all
 * on the module path: each library's contribution sits in a package of its own module (no split
 * package) and the guest finds them through the module graph (javac).
 */
class ModularLibrariesTest {

  private static final String FEATURE = "package %s;\n/** Why %s. */\n@dev.snpgate.annotations.SnpFeature(bit = %d)\n"
      + "public final class %s implements dev.snpgate.runtime.GuestFeature {\n"
      + "  public void enable(dev.snpgate.runtime.SevStatus status) {}\n}\n";
  private static final List<String> OUTPUTS = List.of("META-INF/snpgate/features.json",
      "META-INF/snpgate/baseline.txt", "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");

  @TempDir
  Path dir;

  /** snpgate's annotations and runtime, the named modules a guest's module path holds. */
  private static List<Path> snpgateModules() {
    List<Path> modules = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace(File.separatorChar, '/');
      if (name.contains("snpgate-annotations") || name.contains("snpgate-runtime")
          || name.endsWith("annotations/target/classes") || name.endsWith("runtime/target/classes")) {
        modules.add(Path.of(entry));
      }
    }
    assertEquals(2, modules.size(), "snpgate-annotations and snpgate-runtime on the test class path: " + modules);
    return modules;
  }

  private static String library(String module, String pkg) {
    return "module " + module + " {\n  requires static dev.snpgate.annotations;\n  requires dev.snpgate.runtime;\n"
        + "  exports " + pkg + ";\n}\n";
  }

  /** Compiles {@code files} as one module into {@code dir/name/classes}, with {@code modulePath}. */
  private Path compile(GuestCompiler compiler, String name, Map<String, String> files, List<Path> modulePath)
      throws IOException {
    Path sources = dir.resolve(compiler + "/" + name + "/src");
    Path classes = Files.createDirectories(dir.resolve(compiler + "/" + name + "/classes"));
    Path generated = Files.createDirectories(dir.resolve(compiler + "/" + name + "/generated"));
    List<File> sourceFiles = new ArrayList<>();
    for (Path source : GuestCompiler.writeSources(sources, files)) {
      sourceFiles.add(sources.resolve(source).toFile());
    }
    JavaCompiler tool = compiler.tool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager fileManager = tool.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      fileManager.setLocationFromPaths(StandardLocation.MODULE_PATH, modulePath);
      JavaCompiler.CompilationTask task = tool.getTask(output, fileManager, diagnostics, List.of(
          "-d", classes.toString(), "-s", generated.toString(),
          "--release", "17", "-encoding", "UTF-8", "-Asnpgate.origin=com.example:" + name),
          null, fileManager.getJavaFileObjectsFromFiles(sourceFiles));
      task.setProcessors(List.of(new SnpGateProcessor()));
      task.setLocale(Locale.ROOT);
      success = task.call();
    }
    assertTrue(success, name + " under javac with module path " + modulePath + ":\n" + diagnostics.getDiagnostics()
        + output);
    return classes;
  }

  private Map<String, String> buildAll(GuestCompiler compiler) throws IOException {
    List<Path> modulePath = new ArrayList<>(snpgateModules());
    modulePath.add(compile(compiler, "apic", Map.of(
        "module-info.java", library("com.example.apic", "com.example.apic"),
        "com/example/apic/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage com.example.apic;\n",
        "com/example/apic/SecureAvic.java", String.format(FEATURE, "com.example.apic", "an APIC", 18, "SecureAvic")),
        snpgateModules()));
    modulePath.add(compile(compiler, "tsc", Map.of(
        "module-info.java", library("com.example.tsc", "com.example.tsc"),
        "com/example/tsc/package-info.java", "@dev.snpgate.annotations.SnpLibrary\npackage com.example.tsc;\n",
        "com/example/tsc/SecureTsc.java", String.format(FEATURE, "com.example.tsc", "a clock", 11, "SecureTsc")),
        snpgateModules()));
    Path guest = compile(compiler, "guest", Map.of(
        "module-info.java", "module com.example.guest {\n  requires dev.snpgate.runtime;\n"
            + "  requires static dev.snpgate.annotations;\n  requires com.example.apic;\n  requires com.example.tsc;\n}\n",
        "com/example/guest/package-info.java", "@dev.snpgate.annotations.SnpGuest(name = \"modular\")\n"
            + "package com.example.guest;\n",
        "com/example/guest/DebugSwap.java", String.format(FEATURE, "com.example.guest", "debug", 7, "DebugSwap")),
        modulePath);
    Map<String, String> outputs = new TreeMap<>();
    for (String output : OUTPUTS) {
      outputs.put(output, Files.readString(guest.resolve(output)));
    }
    return outputs;
  }

  @Test
  void aModularGuestHasTheFeaturesOfTheModularLibrariesItRequires() throws IOException {
    Map<String, String> outputs = buildAll(GuestCompiler.JAVAC);
    String manifest = outputs.get("META-INF/snpgate/features.json");
    assertTrue(manifest.contains("\"present\": \"0x0000000000040880\""), manifest);
    assertTrue(manifest.contains("\"implementation\": \"com.example.apic.SecureAvic\""), manifest);
    assertTrue(Files.isDirectory(dir.resolve("JAVAC/apic/classes/dev/snpgate/contributions/com/example/apic")),
        "the library's contribution is in a package of its own module");
  }
}
