package dev.snpgate.maven;

import dev.snpgate.baseline.reviewed.ClassOutputCheck;
import dev.snpgate.baseline.reviewed.ClassPath;
import dev.snpgate.baseline.reviewed.FailOn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the guest's checked-in baseline or docs differ from what its compilation
 * produced: one classified message per changed bit, and the command that accepts it. Runs on every
 * build, also when javac had nothing to compile, so a changed checked-in file alone fails too.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends ReviewedFilesMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /**
   * What fails the build: {@code any} difference from the reviewed baseline and docs, or only
   * changes of the {@code masks} (IMPL_REQ, PRESENT); with {@code masks}, a renamed or moved
   * feature class, a changed name or tier and stale docs print as warnings.
   */
  @Parameter(property = "snpgate.failOn", defaultValue = "any")
  String failOn;

  @Override
  public void execute() throws MojoFailureException {
    if (session.getGoals().stream().anyMatch(goal -> Goals.isAccept(goal, plugin))) {
      getLog().info("snpgate: check left to snpgate:accept, which writes the baseline and docs");
      return;
    }
    Optional<FailOn> failing = FailOn.of(failOn);
    if (failing.isEmpty()) {
      throw new MojoFailureException("snpgate: failOn = " + failOn + " is neither any nor masks; set snpgate.failOn"
          + " to one of them");
    }
    Optional<ClassOutputCheck> guest = guest();
    if (guest.isPresent()) {
      report(guest.get().check(classPath(), failing.get()));
    }
  }

  /** The module's compile class path, where a lost bit's feature class may still be. */
  private ClassPath classPath() throws MojoFailureException {
    List<Path> elements = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        elements.add(Path.of(element));
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoFailureException("snpgate: the compile class path of " + project.getArtifactId()
          + " is not resolved (" + e.getMessage() + "); run check in the build's process-classes phase", e);
    }
    return new ClassPath(elements);
  }
}
