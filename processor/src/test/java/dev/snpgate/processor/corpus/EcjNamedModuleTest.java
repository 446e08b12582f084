package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why named modules compiled by ecj's batch compiler are unsupported (docs/module-path.md): in its
 * single-module mode, the way Maven compiles a module, a source that any processor generates cannot
 * see the module's own types. Shown with a processor of a few lines that has nothing of snpgate,
 * which javac runs in the same shape. When ecj fixes this, the test fails: time to support it.
 */
class EcjNamedModuleTest {

  private static final String PROCESSOR = "package gen;\n"
      + "import java.io.*;\nimport java.util.Set;\nimport javax.annotation.processing.*;\n"
      + "import javax.lang.model.SourceVersion;\nimport javax.lang.model.element.TypeElement;\n"
      + "@SupportedAnnotationTypes(\"*\")\n"
      + "public final class Gen extends AbstractProcessor {\n"
      + "  private boolean done;\n"
      + "  @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latest(); }\n"
      + "  @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {\n"
      + "    if (done) { return false; }\n"
      + "    done = true;\n"
      + "    try (Writer out = processingEnv.getFiler().createSourceFile(\"p.G\").openWriter()) {\n"
      + "      out.write(\"package p;\\nclass G { Class<?> c = A.class; }\\n\");\n"
      + "    } catch (IOException e) { throw new UncheckedIOException(e); }\n"
      + "    return false;\n"
      + "  }\n"
      + "}\n";

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** The processor above, compiled and registered as a service, in a directory of its own. */
  private Path processor() throws IOException {
    Path source = write("processor-src/gen/Gen.java", PROCESSOR);
    Path classes = Files.createDirectories(dir.resolve("processor"));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-d", classes.toString(), source.toString()));
    write("processor/META-INF/services/javax.annotation.processing.Processor", "gen.Gen\n");
    return classes;
  }

  /** The module m, exporting p with its class A; its two sources. */
  private List<String> module() throws IOException {
    List<String> sources = new ArrayList<>();
    for (Map.Entry<String, String> file : Map.of("module-info.java", "module m { exports p; }\n",
        "p/A.java", "package p;\npublic final class A {}\n").entrySet()) {
      sources.add(write("src/" + file.getKey(), file.getValue()).toString());
    }
    return sources;
  }

  @Test
  void aGeneratedSourceCannotSeeItsModulesTypesUnderEcjButCanUnderJavac() throws IOException {
    Path processor = processor();
    List<String> sources = module();
    StringWriter ecjOutput = new StringWriter();
    List<String> ecj = new ArrayList<>(List.of("--release", "17", "-d", dir.resolve("ecj").toString(),
        "-s", Files.createDirectories(dir.resolve("ecj-generated")).toString(),
        "--processor-module-path", processor.toString()));
    ecj.addAll(sources);
    boolean ecjCompiled = BatchCompiler.compile(ecj.toArray(new String[0]), new PrintWriter(ecjOutput),
        new PrintWriter(ecjOutput), null);
    assertFalse(ecjCompiled, ecjOutput.toString());
    assertTrue(ecjOutput.toString().contains("A cannot be resolved to a type"), ecjOutput.toString());
    assertTrue(Files.isRegularFile(dir.resolve("ecj-generated/p/G.java")), "the processor ran under ecj");

    List<String> javac = new ArrayList<>(List.of("--release", "17", "-d", dir.resolve("javac").toString(),
        "-s", Files.createDirectories(dir.resolve("javac-generated")).toString(),
        "--processor-path", processor.toString()));
    javac.addAll(sources);
    ByteArrayOutputStream javacOutput = new ByteArrayOutputStream();
    int javacStatus = ToolProvider.getSystemJavaCompiler().run(null, null, javacOutput, javac.toArray(new String[0]));
    assertEquals(0, javacStatus, javacOutput.toString());
    assertTrue(Files.isRegularFile(dir.resolve("javac/p/G.class")));
  }
}
