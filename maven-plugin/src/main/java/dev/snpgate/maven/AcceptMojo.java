package dev.snpgate.maven;

import dev.snpgate.baseline.Drift;
import dev.snpgate.baseline.reviewed.ClassOutputCheck;
import dev.snpgate.baseline.reviewed.Finding;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.internal.LifecycleDependencyResolver;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Accepts the guest's masks and docs as its compilation produced them: compiles (so that
 * {@code mvn snpgate:accept} alone is enough, in a module or at a reactor's root for every guest in
 * it), prints how the accepted hosts change, bit by bit, and writes the baseline and the docs, all
 * or none. A baseline it cannot parse (a merge conflict) is never replaced.
 */
@Mojo(name = "accept", threadSafe = true)
public final class AcceptMojo extends ReviewedFilesMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Component
  LifecycleExecutor lifecycle;

  @Component
  BuildPluginManager plugins;

  @Component
  LifecycleDependencyResolver dependencies;

  /**
   * Whether accept run at a reactor's root writes this module's first baseline. Accept run inside
   * the module, or with {@code -pl} naming it, always does; at the root, a module without a baseline
   * is skipped and named, so that modules that never asked for one do not get one.
   */
  @Parameter(property = "snpgate.createBaseline", defaultValue = "false")
  boolean createBaseline;

  @Override
  public void execute() throws MojoFailureException {
    if (!skip) {
      CompileForAccept.run(session, lifecycle, dependencies, plugins, getLog());
    }
    Optional<ClassOutputCheck> guest = guest();
    if (guest.isEmpty()) {
      return;
    }
    boolean hadBaseline = baseline.isFile();
    if (!hadBaseline && !createBaseline && !ReactorSelection.chose(session, project)) {
      getLog().warn("snpgate: skipped module " + project.getArtifactId() + ": it has no baseline, and accept at a"
          + " reactor root writes only the baselines that exist. Start one with: mvn -pl "
          + ReactorSelection.path(session, project) + " -am snpgate:accept (or set createBaseline to true in its snpgate"
          + " plugin configuration)");
      return;
    }
    List<Drift> changes = guest.get().changes();
    List<Finding> written = guest.get().accept();
    if (written.stream().noneMatch(Finding::error)) {
      if (changes.isEmpty() && hadBaseline) {
        getLog().info("snpgate: the masks did not change");
      }
      for (Drift change : changes) {
        getLog().info("snpgate: accepted (" + change.impact().label() + "): " + change.description());
      }
    }
    report(written);
  }
}
