package dev.snpgate.baseline.reviewed;

import dev.snpgate.baseline.BaselineDiff;
import dev.snpgate.baseline.BaselineFormat;
import dev.snpgate.baseline.BaselineFormatException;
import dev.snpgate.baseline.Drift;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reviewed files against the class output of the module's last compilation, as a build step
 * after it (the Maven plugin's {@code check} and {@code accept}), for builds that skip javac when no
 * source changed: a changed checked-in file alone is checked too.
 *
 * @param output the module's class output
 * @param moduleDir the module directory, against which files are named in messages
 * @param baseline the checked-in baseline, if the drift check is on
 * @param docsDir the directory of checked-in docs, if any
 * @param acceptCommand the command that accepts a change
 */
public record ClassOutputCheck(ClassOutput output, Path moduleDir, Optional<Path> baseline, Optional<Path> docsDir,
    String acceptCommand) {

  /**
   * Why a module whose compilation generated no guest must still fail: its classes carry snpgate's
   * annotations but no registry or contribution was generated for them, or a reviewed file is checked
   * in with nothing to compare it with. Empty when the module simply has no guest.
   *
   * @param module the module's name, for the message
   */
  public Optional<String> unchecked(String module) {
    Optional<String> annotated = output.firstAnnotatedClass();
    String what;
    if (annotated.isPresent() && !output.hasContribution()) {
      what = "has classes with snpgate annotations (" + annotated.get() + ")";
    } else if (baseline.isPresent() && Files.exists(baseline.get())) {
      what = "has the baseline " + shown(baseline.get()) + " checked in";
    } else if (docsDir.isPresent() && Files.exists(docsDir.get().resolve(ClassOutput.MARKDOWN_FILE))) {
      what = "has docs checked in at " + shown(docsDir.get());
    } else {
      return Optional.empty();
    }
    return Optional.of(String.format(ReviewedMessages.NO_OUTPUT, module, what));
  }

  /** Checks the reviewed files against the class output of a guest; {@code failOn} says which differences fail. */
  public List<Finding> check(ClassPath classPath, FailOn failOn) {
    try {
      return files().check(output.read(ClassOutput.BASELINE_PATH), docs(), classPath::hasFeatureClass, failOn);
    } catch (UncheckedIOException | BaselineFormatException e) {
      return List.of(failure(e));
    }
  }

  /** Writes the reviewed files as the class output of a guest has them, all or none. */
  public List<Finding> accept() {
    try {
      return files().accept(output.read(ClassOutput.BASELINE_PATH), docs());
    } catch (UncheckedIOException | BaselineFormatException e) {
      return List.of(failure(e));
    }
  }

  /**
   * How the guest's accepted hosts change from the checked-in baseline to the class output's, bit
   * by bit; empty when the baseline is missing or unreadable (accept then says why).
   */
  public List<Drift> changes() {
    if (baseline.isEmpty()) {
      return List.of();
    }
    try {
      return BaselineDiff.compare(BaselineFormat.parse(Files.readAllBytes(baseline.get())),
          BaselineFormat.parse(output.read(ClassOutput.BASELINE_PATH)));
    } catch (IOException | UncheckedIOException | BaselineFormatException e) {
      return List.of();
    }
  }

  private ReviewedFiles files() {
    return new ReviewedFiles(baseline.map(file -> new ReviewedBaseline(file, shown(file), acceptCommand)),
        docsDir.map(dir -> new ReviewedDocs(dir, shown(dir), acceptCommand)));
  }

  private Map<String, String> docs() {
    Map<String, String> docs = new TreeMap<>();
    if (docsDir.isPresent()) {
      docs.put(ClassOutput.MARKDOWN_FILE, output.read(ClassOutput.MARKDOWN_PATH));
      docs.put(ClassOutput.RST_FILE, output.read(ClassOutput.RST_PATH));
    }
    return docs;
  }

  private Finding failure(RuntimeException e) {
    if (e instanceof UncheckedIOException) {
      return Finding.error(e.getCause().getMessage());
    }
    return Finding.error(String.format(ReviewedMessages.CLASS_OUTPUT_UNREADABLE,
        output.dir().resolve(ClassOutput.BASELINE_PATH), e.getMessage()));
  }

  /** {@code file} as messages name it: relative to the module when inside it. */
  private String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path module = moduleDir.toAbsolutePath().normalize();
    return absolute.startsWith(module) ? module.relativize(absolute).toString() : absolute.toString();
  }
}
