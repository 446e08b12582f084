package dev.snpgate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the guest's checked-in baseline or docs differ from what its compilation
 * produced: one classified message per changed bit, and the command that accepts it. Runs on every
 * build, also when javac had nothing to compile, so a changed checked-in file alone fails too.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class CheckMojo extends GuestChecks {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  public void execute() throws MojoFailureException {
    if (session.getGoals().contains("snpgate:accept")) {
      getLog().info("snpgate: check left to snpgate:accept, which writes the baseline and docs");
      return;
    }
    if (hasGuest()) {
      report(run(false));
    }
  }
}
