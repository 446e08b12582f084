package dev.snpgate.processor.options;

import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * @param origin the module's {@code group:artifact}, which names a feature library in guests
 */
public record ProcessorOptions(
    Optional<String> baseline,
    boolean updateBaseline,
    String acceptCommand,
    Optional<Path> projectDir,
    Optional<String> docsDir,
    Optional<String> origin) {

  public static final String BASELINE = "snpgate.baseline";
  public static final String UPDATE_BASELINE = "snpgate.updateBaseline";
  public static final String ACCEPT_COMMAND = "snpgate.acceptCommand";
  public static final String PROJECT_DIR = "snpgate.projectDir";
  public static final String DOCS_DIR = "snpgate.docsDir";
  public static final String ORIGIN = "snpgate.origin";

  /** Every option, for {@code getSupportedOptions}. */
  public static final Set<String> ALL = Set.of(BASELINE, UPDATE_BASELINE, ACCEPT_COMMAND, PROJECT_DIR, DOCS_DIR, ORIGIN);

  /** A module's name in guests' outputs: it sits in code spans, literals and status lines, so a token. */
  public static final java.util.regex.Pattern ORIGIN_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  public static final String DEFAULT_ACCEPT_COMMAND = "mvn process-classes -Dsnpgate.updateBaseline=true";

  /** Reads the options, reporting each bad value; empty when any is bad. */
  public static Optional<ProcessorOptions> read(Map<String, String> options, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.errorCount();
    Optional<Boolean> update = flag(options.get(UPDATE_BASELINE));
    if (update.isEmpty()) {
      diagnostics.error(String.format(Messages.BAD_BOOLEAN_OPTION, UPDATE_BASELINE, options.get(UPDATE_BASELINE)));
    }
    Optional<String> baseline = path(options, BASELINE, diagnostics);
    Optional<String> docsDir = path(options, DOCS_DIR, diagnostics);
    Optional<Path> projectDir = Optional.empty();
    String projectDirValue = options.get(PROJECT_DIR);
    if (projectDirValue != null) {
      Optional<Path> dir = validPath(projectDirValue.strip());
      if (projectDirValue.isBlank() || dir.isEmpty() || !dir.get().isAbsolute() || !Files.isDirectory(dir.get())) {
        diagnostics.error(String.format(Messages.BAD_PROJECT_DIR, projectDirValue));
      } else {
        projectDir = dir;
      }
    }
    Optional<String> origin = Optional.ofNullable(options.get(ORIGIN)).map(String::strip);
    if (origin.isPresent() && !ORIGIN_TOKEN.matcher(origin.get()).matches()) {
      diagnostics.error(String.format(Messages.BAD_ORIGIN_OPTION, Diagnostics.printable(origin.get())));
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ProcessorOptions(baseline, update.get(), acceptCommandOrDefault(options.get(ACCEPT_COMMAND)),
        projectDir, docsDir, origin));
  }

  /** A true/false option; an absent or blank value is false; empty for anything else. */
  public static Optional<Boolean> flag(String value) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    return value.strip().equalsIgnoreCase("true") ? Optional.of(true) : Optional.empty();
  }

  /** The accept command as configured, or the default for an absent or blank one. */
  public static String acceptCommandOrDefault(String value) {
    return value == null || value.isBlank() ? DEFAULT_ACCEPT_COMMAND : value.strip();
  }

  private static Optional<Path> validPath(String value) {
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
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
    if (validPath(value.strip()).isEmpty()) {
      diagnostics.error(String.format(Messages.INVALID_PATH_OPTION, name, Diagnostics.printable(value)));
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }
}
