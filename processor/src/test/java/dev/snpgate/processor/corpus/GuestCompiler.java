package dev.snpgate.processor.corpus;

import dev.snpgate.processor.SnpGateProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * A Java compiler as a guest's build runs it, in this process, with snpgate's processor: javac of
 * the JDK running the tests (17 in the default run, 25 in CI's second run) or Eclipse's ecj. Sources
 * are real files, outputs go to real directories, so that what a guest gets is what is checked.
 */
public enum GuestCompiler {
  JAVAC {
    @Override
    JavaCompiler tool() {
      return ToolProvider.getSystemJavaCompiler();
    }

    @Override
    List<String> strictOptions() {
      return List.of("-Xlint:all", "-Werror");
    }
  },
  ECJ {
    @Override
    JavaCompiler tool() {
      return new EclipseCompiler();
    }

    @Override
    List<String> strictOptions() {
      // ecj has no -Xlint:all; its default warnings stay warnings, and the test fails on any in generated code.
      return List.of();
    }
  };

  abstract JavaCompiler tool();

  /** The options that make every warning fail the build. */
  abstract List<String> strictOptions();

  /** One diagnostic, reduced to what tests compare. */
  public record Message(Diagnostic.Kind kind, String text, String file, long line) {

    @Override
    public String toString() {
      return kind + " " + file + ":" + line + ": " + text;
    }
  }

  /** What a compilation left: its messages and its output directories. */
  public record Result(boolean success, List<Message> messages, Path classes, Path generatedSources, String output) {

    public List<Message> errors() {
      List<Message> errors = new ArrayList<>();
      for (Message message : messages) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
          errors.add(message);
        }
      }
      return errors;
    }

    /** A generated resource under the class output, or null when it was not written. */
    public String resource(String relativePath) {
      Path file = classes.resolve(relativePath);
      try {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Compiles the files under {@code sourceRoot} into {@code work}, with snpgate's processor and
   * the test class path (snpgate-annotations and snpgate-runtime among it).
   */
  public Result compile(Path sourceRoot, List<Path> sources, Path work, boolean strict, List<String> extraOptions,
      List<Processor> otherProcessors) {
    return compile(sourceRoot, sources, work, strict, extraOptions, otherProcessors, List.of());
  }

  /** As above, with {@code modules} (the class outputs of modules built before) on the class path first. */
  public Result compile(Path sourceRoot, List<Path> sources, Path work, boolean strict, List<String> extraOptions,
      List<Processor> otherProcessors, List<Path> modules) {
    try {
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path generated = Files.createDirectories(work.resolve("generated"));
      JavaCompiler compiler = tool();
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      List<String> options = new ArrayList<>(List.of(
          "-classpath", classPath(modules),
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-encoding", "UTF-8",
          "-source", Integer.toString(sourceLevel()),
          "-target", Integer.toString(sourceLevel())));
      if (strict) {
        options.addAll(strictOptions());
      }
      options.addAll(extraOptions);
      StringWriter output = new StringWriter();
      boolean success;
      try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<File> sourceFiles = new ArrayList<>();
        for (Path source : sources) {
          sourceFiles.add(sourceRoot.resolve(source).toFile());
        }
        JavaCompiler.CompilationTask task = compiler.getTask(output, files, collector, options, null,
            files.getJavaFileObjectsFromFiles(sourceFiles));
        List<Processor> processors = new ArrayList<>(otherProcessors);
        processors.add(new SnpGateProcessor());
        task.setProcessors(processors);
        task.setLocale(Locale.ROOT);
        success = task.call();
      }
      List<Message> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
        String file = diagnostic.getSource() == null ? "" : sourceRoot.toUri().relativize(diagnostic.getSource().toUri()).getPath();
        messages.add(new Message(diagnostic.getKind(), diagnostic.getMessage(Locale.ROOT), file, diagnostic.getLineNumber()));
      }
      return new Result(success, messages, classes, generated, output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code texts} (source path to text) under {@code root}; the paths, relative to it. */
  public static List<Path> writeSources(Path root, Map<String, String> texts) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> file : texts.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      files.add(Path.of(file.getKey()));
    }
    return files;
  }

  private static String classPath(List<Path> modules) {
    StringBuilder path = new StringBuilder();
    for (Path module : modules) {
      path.append(module).append(File.pathSeparator);
    }
    return path.append(System.getProperty("java.class.path")).toString();
  }

  /** The language level: the running JDK's for javac, Java 17 for ecj (which trails the JDK). */
  private int sourceLevel() {
    return this == JAVAC ? Math.max(17, SourceVersion.latestSupported().ordinal()) : 17;
  }
}
