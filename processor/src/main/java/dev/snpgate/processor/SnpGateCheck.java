package dev.snpgate.processor;

import dev.snpgate.processor.baseline.BaselineFormat;
import dev.snpgate.processor.baseline.BaselineFormatException;
import dev.snpgate.processor.checkedin.BaselineCheck;
import dev.snpgate.processor.checkedin.DocsCheck;
import dev.snpgate.processor.checkedin.FileProblem;
import dev.snpgate.processor.checkedin.Finding;
import dev.snpgate.processor.checking.ProjectPaths;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.writing.docs.BehaviorContent;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checks against checked-in files as a build step of their own, for builds that skip javac
 * when no source changed (Maven's incremental compiler does): compares what the last compilation
 * wrote to the class output with the checked-in baseline and docs, so that a changed checked-in
 * file alone is checked too.
 *
 * <pre>
 * SnpGateCheck --classes target/classes [--baseline FILE] [--docs DIR]
 *              [--project-dir DIR] [--update true|false] [--accept-command CMD]
 * </pre>
 *
 * Exit status: 0 no drift (or written), 1 drift, stale docs or an unreadable file, 2 bad arguments.
 */
public final class SnpGateCheck {

  static final String USAGE = "usage: SnpGateCheck --classes DIR [--baseline FILE] [--docs DIR]"
      + " [--project-dir DIR] [--update true|false] [--accept-command CMD]";

  private static final List<String> KEYS =
      List.of("--classes", "--baseline", "--docs", "--project-dir", "--update", "--accept-command");

  private SnpGateCheck() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String key = args[i];
      if (!KEYS.contains(key)) {
        return usage(err, "unknown argument " + key);
      }
      if (i + 1 == args.length) {
        return usage(err, key + " needs a value");
      }
      options.put(key, args[i + 1]);
    }
    if (!options.containsKey("--classes") || !(options.containsKey("--baseline") || options.containsKey("--docs"))) {
      return usage(err, "--classes and at least one of --baseline and --docs are required");
    }
    try {
      return check(options, out, err);
    } catch (InvalidPathException e) {
      return usage(err, "'" + e.getInput() + "' is not a valid path on this system");
    }
  }

  private static int check(Map<String, String> options, PrintStream out, PrintStream err) {
    Optional<Boolean> updating = ProcessorOptions.flag(options.get("--update"));
    if (updating.isEmpty()) {
      return usage(err, "--update " + options.get("--update") + " is not true or false");
    }
    Path classes = Path.of(options.get("--classes")).toAbsolutePath();
    ProjectPaths paths = ProjectPaths.of(Optional.ofNullable(options.get("--project-dir")).map(Path::of),
        Optional.of(classes));
    String acceptCommand = ProcessorOptions.acceptCommandOrDefault(options.get("--accept-command"));
    List<Finding> findings = new ArrayList<>();
    try {
      if (options.containsKey("--baseline")) {
        String configured = options.get("--baseline");
        Optional<Path> file = paths.resolve(configured);
        if (file.isEmpty()) {
          return usage(err, "cannot tell which directory " + configured + " is relative to; pass --project-dir");
        }
        findings.addAll(BaselineCheck.run(file.get(), configured, generated(classes, BaselineFormat.CLASS_OUTPUT_PATH),
            updating.get(), acceptCommand));
      }
      if (options.containsKey("--docs")) {
        String configured = options.get("--docs");
        Optional<Path> dir = paths.resolve(configured);
        if (dir.isEmpty()) {
          return usage(err, "cannot tell which directory " + configured + " is relative to; pass --project-dir");
        }
        Map<String, String> docs = new TreeMap<>();
        docs.put(BehaviorContent.MARKDOWN_FILE, generated(classes, BehaviorContent.MARKDOWN_PATH));
        docs.put(BehaviorContent.RST_FILE, generated(classes, BehaviorContent.RST_PATH));
        findings.addAll(DocsCheck.run(dir.get(), configured, docs, updating.get(), acceptCommand));
      }
    } catch (UncheckedIOException e) {
      err.println("snpgate: " + e.getCause().getMessage());
      return 1;
    } catch (BaselineFormatException e) {
      err.println("snpgate: the baseline the last compilation wrote to " + classes + " cannot be read (" + e.getMessage()
          + "): it comes from another snpgate version; rebuild the guest from clean (mvn clean process-classes)");
      return 1;
    }
    int status = 0;
    for (Finding finding : findings) {
      if (finding.error()) {
        err.println("[snpgate] error: " + finding.message());
        status = 1;
      } else {
        out.println("[snpgate] " + finding.message());
      }
    }
    return status;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("snpgate: " + problem);
    err.println(USAGE);
    return 2;
  }

  /** A file the compilation wrote to the class output. */
  private static String generated(Path classes, String relative) {
    Path file = classes.resolve(relative);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      // javac runs no processor on a compilation without its annotations, so a guest that lost its
      // last annotated class is caught here, not in the compiler.
      throw new UncheckedIOException(new IOException(file + " does not exist: the last compilation generated no"
          + " snpgate guest, so the configured baseline was not checked. If the guest has no @SnpFeature class left,"
          + " declare it with @SnpGuest so that its registry, baseline and docs are still generated; otherwise"
          + " rebuild the guest from clean (mvn clean process-classes)"));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read " + file + ": " + FileProblem.of(file, e)));
    }
  }
}
