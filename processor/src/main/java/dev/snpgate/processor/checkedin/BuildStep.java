package dev.snpgate.processor.checkedin;

import dev.snpgate.processor.baseline.Baseline;
import dev.snpgate.processor.baseline.BaselineDiff;
import dev.snpgate.processor.baseline.BaselineFormat;
import dev.snpgate.processor.baseline.BaselineFormatException;
import dev.snpgate.processor.baseline.Drift;
import dev.snpgate.processor.writing.docs.BehaviorContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The checks against checked-in files as a build step of their own (the Maven plugin's
 * {@code check} and {@code accept}), for builds that skip javac when no source changed: compares
 * what the last compilation wrote to the class output with the checked-in baseline and docs, so
 * that a changed checked-in file alone is checked too.
 */
public final class BuildStep {

  private BuildStep() {}

  /** Whether the compilation that wrote {@code classes} generated a guest. */
  public static boolean hasGuest(Path classes) {
    return Files.isRegularFile(classes.resolve(BaselineFormat.CLASS_OUTPUT_PATH));
  }

  /**
   * Checks (or, with {@code update}, writes) the checked-in files against the class output.
   *
   * @param moduleDir the module directory, against which files are named in messages
   * @param baseline the checked-in baseline, if the drift check is on
   * @param docsDir the directory of checked-in docs, if any
   */
  public static List<Finding> run(Path classes, Path moduleDir, Optional<Path> baseline, Optional<Path> docsDir,
      boolean update, String acceptCommand) {
    List<Finding> findings = new ArrayList<>();
    try {
      if (baseline.isPresent()) {
        findings.addAll(BaselineFile.run(baseline.get(), shown(moduleDir, baseline.get()),
            generated(classes, BaselineFormat.CLASS_OUTPUT_PATH), update, acceptCommand));
      }
      if (docsDir.isPresent()) {
        Map<String, String> docs = new TreeMap<>();
        docs.put(BehaviorContent.MARKDOWN_FILE, generated(classes, BehaviorContent.MARKDOWN_PATH));
        docs.put(BehaviorContent.RST_FILE, generated(classes, BehaviorContent.RST_PATH));
        findings.addAll(DocsFiles.run(docsDir.get(), shown(moduleDir, docsDir.get()), docs, update, acceptCommand));
      }
    } catch (UncheckedIOException e) {
      findings.add(Finding.error(e.getCause().getMessage()));
    } catch (BaselineFormatException e) {
      findings.add(Finding.error("the baseline the last compilation wrote to " + classes + " cannot be read ("
          + e.getMessage() + "): it comes from another snpgate version; rebuild the guest from clean"));
    }
    return findings;
  }

  /**
   * How the guest's accepted hosts change from the checked-in baseline to the class output's,
   * bit by bit; empty when the baseline is missing or unreadable (writing it is the change).
   */
  public static List<Drift> changes(Path classes, Path baseline) {
    try {
      Baseline now = BaselineFormat.parse(generated(classes, BaselineFormat.CLASS_OUTPUT_PATH));
      return BaselineDiff.compare(BaselineFormat.parse(Files.readAllBytes(baseline)), now);
    } catch (IOException | UncheckedIOException | BaselineFormatException e) {
      return List.of();
    }
  }

  /** {@code file} as messages name it: relative to the module when inside it. */
  private static String shown(Path moduleDir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path module = moduleDir.toAbsolutePath().normalize();
    return absolute.startsWith(module) ? module.relativize(absolute).toString() : absolute.toString();
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
