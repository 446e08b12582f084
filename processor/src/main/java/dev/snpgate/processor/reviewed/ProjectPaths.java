package dev.snpgate.processor.reviewed;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the paths options give against the module directory, not wherever the build was
 * started: from {@code -Asnpgate.projectDir}, or else from the class output's location when it is
 * Maven's {@code target/classes} or Gradle's {@code build/classes/java/main}.
 */
public final class ProjectPaths {

  private final Optional<Path> moduleDir;

  private ProjectPaths(Optional<Path> moduleDir) {
    this.moduleDir = moduleDir;
  }

  /** {@code classOutput} is the class output directory, or empty when it is not on a file system. */
  public static ProjectPaths of(Optional<Path> projectDir, Optional<Path> classOutput) {
    if (projectDir.isPresent()) {
      return new ProjectPaths(projectDir);
    }
    return new ProjectPaths(classOutput.flatMap(ProjectPaths::moduleDirOf));
  }

  static Optional<Path> moduleDirOf(Path classOutput) {
    Path normalized = classOutput.toAbsolutePath().normalize();
    if (normalized.endsWith(Path.of("target", "classes"))) {
      return Optional.of(normalized.getParent().getParent());
    }
    if (normalized.endsWith(Path.of("build", "classes", "java", "main"))) {
      return Optional.of(normalized.getParent().getParent().getParent().getParent());
    }
    return Optional.empty();
  }

  /**
   * {@code path} made absolute against the module directory; empty when that is unknown. The
   * path must be valid on this system (the options check that).
   */
  public Optional<Path> resolve(String path) {
    Path given = Path.of(path);
    if (given.isAbsolute()) {
      return Optional.of(given.normalize());
    }
    return moduleDir.map(dir -> dir.resolve(given).normalize());
  }
}
