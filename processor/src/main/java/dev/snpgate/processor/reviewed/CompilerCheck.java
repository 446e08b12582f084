package dev.snpgate.processor.reviewed;

import dev.snpgate.baseline.reviewed.FailOn;
import dev.snpgate.baseline.reviewed.Finding;
import dev.snpgate.baseline.reviewed.ReviewedBaseline;
import dev.snpgate.baseline.reviewed.ReviewedDocs;
import dev.snpgate.baseline.reviewed.ReviewedFiles;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/**
 * The processor's check of the reviewed files (the baseline, the docs) the {@code -A} options name,
 * for builds without the Maven plugin: runs it, or the accept in update mode, and points each
 * finding at its cause.
 */
public final class CompilerCheck {

  private final Diagnostics diagnostics;
  private final ProcessorOptions options;
  private final ProjectPaths paths;

  public CompilerCheck(Diagnostics diagnostics, ProcessorOptions options, ProjectPaths paths) {
    this.diagnostics = diagnostics;
    this.options = options;
    this.paths = paths;
  }

  /**
   * @param baselineText the guest's baseline now
   * @param docs the guest's docs now, by file name
   * @param causes by bit, the element behind it (feature class, catalog override, or for a required bit
   *     what requires it)
   * @param guest the guest's element, for findings with no cause of their own
   * @param featureClassOnClassPath whether a class with {@code @SnpFeature} of that name is on the class path
   */
  public void run(String baselineText, Map<String, String> docs, Map<Integer, Element> causes,
      Optional<Element> guest, Predicate<String> featureClassOnClassPath) {
    // A module with the default baseline file has it checked by the Maven plugin: no note then.
    if (options.baseline().isEmpty()
        && !paths.resolve(ReviewedBaseline.DEFAULT_FILE).map(Files::isRegularFile).orElse(false)) {
      diagnostics.note(Messages.BASELINE_OFF);
    }
    Optional<ReviewedBaseline> baseline = options.baseline().flatMap(configured -> resolve(configured)
        .map(file -> new ReviewedBaseline(file, configured, options.acceptCommand())));
    Optional<ReviewedDocs> docsDir = options.docsDir().flatMap(configured -> resolve(configured)
        .map(dir -> new ReviewedDocs(dir, configured, options.acceptCommand())));
    ReviewedFiles files = new ReviewedFiles(baseline, docsDir);
    report(options.updateBaseline() ? files.accept(baselineText, docs)
        : files.check(baselineText, docs, featureClassOnClassPath, FailOn.ANY), causes, guest);
  }

  private Optional<Path> resolve(String configured) {
    Optional<Path> path = paths.resolve(configured);
    if (path.isEmpty()) {
      diagnostics.error(String.format(Messages.PROJECT_DIR_UNKNOWN, configured));
    }
    return path;
  }

  private void report(List<Finding> findings, Map<Integer, Element> causes, Optional<Element> guest) {
    for (Finding finding : findings) {
      Optional<Element> at = Optional.ofNullable(causes.get(finding.bit())).or(() -> guest);
      // The compiler fails on every difference (FailOn.ANY), so its findings are errors or notes.
      if (!finding.error()) {
        diagnostics.note(finding.message());
      } else if (at.isPresent()) {
        diagnostics.error(finding.message(), at.get());
      } else {
        diagnostics.error(finding.message());
      }
    }
  }
}
