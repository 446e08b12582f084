package dev.snpgate.processor.checking;

import dev.snpgate.processor.baseline.BaselineCheck;
import dev.snpgate.processor.baseline.Finding;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.validation.Diagnostics;
import dev.snpgate.processor.validation.Messages;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/** The processor's side of the drift check: runs {@link BaselineCheck} and points each finding at its cause. */
public final class BaselineStep {

  private final Diagnostics diagnostics;
  private final ProcessorOptions options;
  private final ProjectPaths paths;

  public BaselineStep(Diagnostics diagnostics, ProcessorOptions options, ProjectPaths paths) {
    this.diagnostics = diagnostics;
    this.options = options;
    this.paths = paths;
  }

  /**
   * @param baselineText the guest's baseline now
   * @param causes by bit, the element behind it (feature class or catalog override)
   * @param guest the guest's element, for findings with no cause of their own
   */
  public void run(String baselineText, Map<Integer, Element> causes, Optional<Element> guest) {
    if (options.baseline().isEmpty()) {
      diagnostics.note(Messages.BASELINE_OFF);
      return;
    }
    String configured = options.baseline().get();
    Optional<Path> file = paths.resolve(configured);
    if (file.isEmpty()) {
      diagnostics.error(String.format(Messages.PROJECT_DIR_UNKNOWN, configured));
      return;
    }
    for (Finding finding : BaselineCheck.run(file.get(), configured, baselineText, options.updateBaseline(),
        options.acceptCommand())) {
      report(finding, Optional.ofNullable(causes.get(finding.bit())).or(() -> guest));
    }
  }

  private void report(Finding finding, Optional<Element> at) {
    if (!finding.error()) {
      diagnostics.note(finding.message());
    } else if (at.isPresent()) {
      diagnostics.error(finding.message(), at.get());
    } else {
      diagnostics.error(finding.message());
    }
  }
}
