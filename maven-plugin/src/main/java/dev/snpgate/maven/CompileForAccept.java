package dev.snpgate.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
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

  static void run(MavenSession session, LifecycleExecutor lifecycle, BuildPluginManager plugins, Log log)
      throws MojoFailureException {
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
