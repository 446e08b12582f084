package dev.snpgate.processor.options;

import dev.snpgate.processor.validation.Diagnostics;
import dev.snpgate.processor.validation.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's {@code -A} options. Every one is optional: a guest builds with none, and each
 * only adds a check or an output.
 *
 * @param baseline the baseline file, if the drift check is on
 * @param updateBaseline whether to write the baseline (and docs) instead of checking them
 * @param acceptCommand the command that accepts a change, as the build was started
 * @param projectDir the module directory relative paths resolve against, if given
 * @param docsDir the directory of checked-in docs, if any
 */
public record ProcessorOptions(
    Optional<String> baseline,
    boolean updateBaseline,
    String acceptCommand,
    Optional<Path> projectDir,
    Optional<String> docsDir) {

  public static final String BASELINE = "snpgate.baseline";
  public static final String UPDATE_BASELINE = "snpgate.updateBaseline";
  public static final String ACCEPT_COMMAND = "snpgate.acceptCommand";
  public static final String PROJECT_DIR = "snpgate.projectDir";
  public static final String DOCS_DIR = "snpgate.docsDir";

  /** Every option, for {@code getSupportedOptions}. */
  public static final Set<String> ALL = Set.of(BASELINE, UPDATE_BASELINE, ACCEPT_COMMAND, PROJECT_DIR, DOCS_DIR);

  public static final String DEFAULT_ACCEPT_COMMAND = "mvn process-classes -Dsnpgate.updateBaseline=true";

  /** Reads the options, reporting each bad value; empty when any is bad. */
  public static Optional<ProcessorOptions> read(Map<String, String> options, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    boolean update = false;
    String updateValue = options.get(UPDATE_BASELINE);
    if (updateValue != null && !updateValue.isBlank()) {
      if (updateValue.strip().equalsIgnoreCase("true")) {
        update = true;
      } else if (!updateValue.strip().equalsIgnoreCase("false")) {
        diagnostics.error(String.format(Messages.BAD_BOOLEAN_OPTION, UPDATE_BASELINE, updateValue));
      }
    }
    Optional<String> baseline = path(options, BASELINE, diagnostics);
    Optional<String> docsDir = path(options, DOCS_DIR, diagnostics);
    Optional<Path> projectDir = Optional.empty();
    String projectDirValue = options.get(PROJECT_DIR);
    if (projectDirValue != null) {
      Path dir = Path.of(projectDirValue.strip());
      if (projectDirValue.isBlank() || !dir.isAbsolute() || !Files.isDirectory(dir)) {
        diagnostics.error(String.format(Messages.BAD_PROJECT_DIR, projectDirValue));
      } else {
        projectDir = Optional.of(dir);
      }
    }
    String acceptCommand = options.getOrDefault(ACCEPT_COMMAND, "").strip();
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ProcessorOptions(baseline, update,
        acceptCommand.isEmpty() ? DEFAULT_ACCEPT_COMMAND : acceptCommand, projectDir, docsDir));
  }

  private static Optional<String> path(Map<String, String> options, String name, Diagnostics diagnostics) {
    if (!options.containsKey(name)) {
      return Optional.empty();
    }
    String value = options.get(name);
    if (value == null || value.isBlank()) { // javac gives null for -Akey= and -Akey
      diagnostics.error(String.format(Messages.EMPTY_PATH_OPTION, name));
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }
}
