package dev.snpgate.processor.checkedin;

import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The processor's side of the checks against checked-in files (the baseline, the docs): runs them
 * and points each finding at its cause.
 */
public final class CompilerStep {

  private final Diagnostics diagnostics;
  private final ProcessorOptions options;
  private final ProjectPaths paths;

  public CompilerStep(Diagnostics diagnostics, ProcessorOptions options, ProjectPaths paths) {
    this.diagnostics = diagnostics;
    this.options = options;
    this.paths = paths;
  }

  /**
   * @param baselineText the guest's baseline now
   * @param docs the guest's docs now, by file name
   * @param causes by bit, the element behind it (feature class or catalog override)
   * @param guest the guest's element, for findings with no cause of their own
   */
  public void run(String baselineText, Map<String, String> docs, Map<Integer, Element> causes,
      Optional<Element> guest) {
    if (options.baseline().isEmpty()) {
      diagnostics.note(Messages.BASELINE_OFF);
    } else {
      resolve(options.baseline().get()).ifPresent(file -> report(BaselineFile.run(file, options.baseline().get(),
          baselineText, options.updateBaseline(), options.acceptCommand()), causes, guest));
    }
    if (options.docsDir().isPresent()) {
      resolve(options.docsDir().get()).ifPresent(dir -> report(DocsFiles.run(dir, options.docsDir().get(), docs,
          options.updateBaseline(), options.acceptCommand()), causes, guest));
    }
  }

  private Optional<Path> resolve(String configured) {
    Optional<Path> path = paths.resolve(configured);
    if (path.isEmpty()) {
      diagnostics.error(String.format(Messages.PROJECT_DIR_UNKNOWN, configured));
    }
    return path;
  }

  private void report(Iterable<Finding> findings, Map<Integer, Element> causes, Optional<Element> guest) {
    for (Finding finding : findings) {
      Optional<Element> at = Optional.ofNullable(causes.get(finding.bit())).or(() -> guest);
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
