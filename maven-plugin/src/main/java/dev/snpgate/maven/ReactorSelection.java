package dev.snpgate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Whether the user chose a module for accept: it is the only one in the build (accept run inside
 * it), or {@code -pl} names it. Accept at a reactor root reaches every module, also those that never
 * asked for a baseline.
 */
final class ReactorSelection {

  private ReactorSelection() {}

  static boolean chose(MavenSession session, MavenProject project) {
    if (session.getProjects().size() <= 1) {
      return true;
    }
    List<String> selected = session.getRequest().getSelectedProjects();
    return selected != null && selected.stream().anyMatch(selector -> names(selector, session, project));
  }

  /** The module's directory from where the build started, as {@code -pl} takes it. */
  static String path(MavenSession session, MavenProject project) {
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
    return module.startsWith(root) && !module.equals(root) ? root.relativize(module).toString().replace(File.separatorChar, '/')
        : ":" + project.getArtifactId();
  }

  /** {@code -pl} selectors: {@code :artifact}, {@code group:artifact}, or a directory (or its pom). */
  private static boolean names(String selector, MavenSession session, MavenProject project) {
    if (selector.startsWith(":")) {
      return selector.substring(1).equals(project.getArtifactId());
    }
    if (selector.contains(":")) {
      return selector.equals(project.getGroupId() + ":" + project.getArtifactId());
    }
    Path chosen = Path.of(session.getExecutionRootDirectory()).resolve(selector).toAbsolutePath().normalize();
    Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
    return chosen.equals(module) || chosen.equals(module.resolve("pom.xml"));
  }
}
