package dev.snpgate.processor;

import dev.snpgate.processor.baseline.BaselineCheck;
import dev.snpgate.processor.baseline.Finding;
import dev.snpgate.processor.checking.ProjectPaths;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.writing.ManifestWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drift check as a build step of its own, for builds that skip javac when no source changed
 * (Maven's incremental compiler does): compares the baseline the last compilation wrote to the
 * class output with the checked-in file, so that a changed baseline alone is checked too.
 *
 * <pre>
 * SnpGateCheck --classes target/classes --baseline snpgate-baseline.txt
 *              [--project-dir DIR] [--update true|false] [--accept-command CMD]
 * </pre>
 *
 * Exit status: 0 no drift (or written), 1 drift or an unreadable baseline, 2 bad arguments.
 */
public final class SnpGateCheck {

  static final String USAGE = "usage: SnpGateCheck --classes DIR --baseline FILE [--project-dir DIR]"
      + " [--update true|false] [--accept-command CMD]";

  private SnpGateCheck() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i];
      if (!List.of("--classes", "--baseline", "--project-dir", "--update", "--accept-command").contains(key)
          || i + 1 == args.length) {
        err.println("snpgate: " + (i + 1 == args.length && key.startsWith("--") ? key + " needs a value" : "unknown argument " + key));
        err.println(USAGE);
        return 2;
      }
      options.put(key, args[++i]);
    }
    if (!options.containsKey("--classes") || !options.containsKey("--baseline")) {
      err.println("snpgate: --classes and --baseline are required");
      err.println(USAGE);
      return 2;
    }
    String update = options.getOrDefault("--update", "false").strip();
    if (!update.equalsIgnoreCase("true") && !update.equalsIgnoreCase("false") && !update.isEmpty()) {
      err.println("snpgate: --update " + update + " is not true or false");
      return 2;
    }
    Path classes = Path.of(options.get("--classes"));
    String nowText;
    try {
      nowText = Files.readString(classes.resolve(ManifestWriter.BASELINE_PATH), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("snpgate: " + classes.resolve(ManifestWriter.BASELINE_PATH) + " does not exist: compile the"
          + " guest with the snpgate processor before this check");
      return 1;
    } catch (IOException e) {
      err.println("snpgate: cannot read " + classes.resolve(ManifestWriter.BASELINE_PATH) + ": " + e);
      return 1;
    }
    Optional<Path> projectDir = Optional.ofNullable(options.get("--project-dir")).map(Path::of);
    String configured = options.get("--baseline");
    Optional<Path> file = ProjectPaths.of(projectDir, Optional.of(classes.toAbsolutePath())).resolve(configured);
    if (file.isEmpty()) {
      err.println("snpgate: cannot tell which directory " + configured + " is relative to; pass --project-dir");
      return 2;
    }
    String acceptCommand = options.getOrDefault("--accept-command", ProcessorOptions.DEFAULT_ACCEPT_COMMAND);
    int status = 0;
    for (Finding finding : BaselineCheck.run(file.get(), configured, nowText, update.equalsIgnoreCase("true"),
        acceptCommand)) {
      if (finding.error()) {
        err.println("[snpgate] error: " + finding.message());
        status = 1;
      } else {
        out.println("[snpgate] " + finding.message());
      }
    }
    return status;
  }
}
