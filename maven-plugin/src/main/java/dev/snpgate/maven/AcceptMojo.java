package dev.snpgate.maven;

import dev.snpgate.processor.baseline.Drift;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts the guest's masks and docs as its compilation produced them: compiles (so that
 * {@code mvn snpgate:accept} alone is enough, in a module or at a reactor's root for every guest in
 * it), prints how the accepted hosts change, bit by bit, and writes the baseline and the docs.
 */
@Mojo(name = "accept", threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class AcceptMojo extends GuestChecks {

  @Override
  public void execute() throws MojoFailureException {
    if (!hasGuest()) {
      return;
    }
    List<Drift> changes = dev.snpgate.processor.checkedin.BuildStep.changes(classesDirectory.toPath(), baseline.toPath());
    if (changes.isEmpty() && baseline.isFile()) {
      getLog().info("snpgate: the masks did not change");
    }
    for (Drift change : changes) {
      getLog().info("snpgate: accepted (" + change.impact().label() + "): " + change.description());
    }
    report(run(true));
  }
}
