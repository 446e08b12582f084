package dev.snpgate.maven;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.resolver.filter.CumulativeScopeArtifactFilter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.lifecycle.internal.LifecycleDependencyResolver;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The module's build up to {@code compile}, as {@code accept} runs it: with the project's own
 * configuration, but without the {@code -Asnpgate.*} options that make the processor check or write
 * the reviewed files itself. Otherwise a project that passes them as well as using the plugin could
 * never accept: its compiler would fail on the very drift being accepted, or write the files outside
 * accept's all-or-nothing write.
 */
final class CompileForAccept {

  /** The processor options that turn on its own check or writes of the reviewed files. */
  private static final List<String> REVIEWED_FILE_OPTIONS = List.of("-Asnpgate.baseline=", "-Asnpgate.docsDir=",
      "-Asnpgate.updateBaseline=");

  private CompileForAccept() {}

  /** The scopes of a compile class path, as Maven resolves them for {@code requiresDependencyResolution = COMPILE}. */
  private static final List<String> COMPILE_SCOPES = List.of("compile", "system", "provided");

  static void run(MavenSession session, LifecycleExecutor lifecycle, LifecycleDependencyResolver dependencies,
      BuildPluginManager plugins, Log log) throws MojoFailureException {
    resolveDependencies(session, dependencies);
    MavenExecutionPlan plan;
    try {
      plan = lifecycle.calculateExecutionPlan(session, "compile");
    } catch (Exception e) {
      throw new MojoFailureException("snpgate: cannot plan the compile of " + session.getCurrentProject().getArtifactId()
          + " that accept needs (" + e.getMessage() + ")", e);
    }
    for (MojoExecution execution : plan.getMojoExecutions()) {
      withoutReviewedFileOptions(execution);
      log.info("snpgate: accept runs " + execution.getGroupId() + ":" + execution.getArtifactId() + ":"
          + execution.getGoal() + " (" + execution.getExecutionId() + ")");
      try {
        plugins.executeMojo(session, execution);
      } catch (MojoFailureException e) {
        throw e;
      } catch (Exception e) {
        throw new MojoFailureException("snpgate: the compile that accept needs failed in "
            + execution.getArtifactId() + ":" + execution.getGoal() + " (" + e.getMessage() + ")", e);
      }
      // So that sibling modules later in the reactor resolve this one to its class output.
      session.getCurrentProject().addLifecyclePhase(execution.getLifecyclePhase());
    }
  }

  /**
   * Resolves the module's compile dependencies, which accept does itself rather than declaring them
   * required: then a sibling that is not built in this run gets an answer that says to run accept
   * from the reactor root, not only Maven's "could not resolve dependencies".
   */
  private static void resolveDependencies(MavenSession session, LifecycleDependencyResolver dependencies)
      throws MojoFailureException {
    MavenProject project = session.getCurrentProject();
    try {
      dependencies.resolveProjectDependencies(project, COMPILE_SCOPES, COMPILE_SCOPES, session, false, Set.of());
      // As Maven's own resolution before a mojo: the project then offers those artifacts.
      project.setArtifactFilter(new CumulativeScopeArtifactFilter(COMPILE_SCOPES));
    } catch (LifecycleExecutionException e) {
      String module = ReactorSelection.path(session, project);
      throw new MojoFailureException("snpgate: accept cannot resolve the dependencies of " + project.getArtifactId()
          + " (" + Optional.ofNullable(e.getCause()).orElse(e).getMessage() + "). A module it depends on is not built"
          + " in this run: run accept from the reactor root (mvn snpgate:accept there, or mvn -pl " + module
          + " -am snpgate:accept)", e);
    }
  }

  private static void withoutReviewedFileOptions(MojoExecution execution) {
    if (execution.getConfiguration() == null) {
      return;
    }
    Xpp3Dom configuration = new Xpp3Dom(execution.getConfiguration());
    Xpp3Dom compilerArgs = configuration.getChild("compilerArgs");
    if (compilerArgs != null) {
      for (int i = compilerArgs.getChildCount() - 1; i >= 0; i--) {
        String value = compilerArgs.getChild(i).getValue();
        if (value != null && REVIEWED_FILE_OPTIONS.stream().anyMatch(option -> value.strip().startsWith(option))) {
          compilerArgs.removeChild(i);
        }
      }
    }
    execution.setConfiguration(configuration);
  }
}
