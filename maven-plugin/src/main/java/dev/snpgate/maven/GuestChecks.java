package dev.snpgate.maven;

import dev.snpgate.processor.checkedin.BuildStep;
import dev.snpgate.processor.checkedin.Finding;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code check} and {@code accept} share: the module's class output, its checked-in baseline
 * and docs by convention, and how findings reach the build's output.
 */
abstract class GuestChecks extends AbstractMojo {

  /** The command that accepts a change, named in every drift message. */
  static final String ACCEPT_COMMAND = "mvn snpgate:accept";

  /** The checked-in baseline: which hosts the guest accepts. */
  @Parameter(property = "snpgate.baseline", defaultValue = "${project.basedir}/snpgate-baseline.txt")
  File baseline;

  /** A directory for the checked-in docs (behavior.md, behavior.rst); none by default. */
  @Parameter(property = "snpgate.docsDir")
  File docsDir;

  /** Skips the goal. */
  @Parameter(property = "snpgate.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  List<String> sourceRoots;

  /** Whether there is anything to check: not skipped, and the last compilation generated a guest. */
  boolean hasGuest() {
    if (skip) {
      getLog().info("snpgate: skipped (snpgate.skip)");
      return false;
    }
    if (!BuildStep.hasGuest(classesDirectory.toPath())) {
      getLog().info("snpgate: no guest in this module (its compilation generated no snpgate registry)");
      return false;
    }
    return true;
  }

  List<Finding> run(boolean update) {
    return BuildStep.run(classesDirectory.toPath(), basedir.toPath(), Optional.of(baseline.toPath()),
        Optional.ofNullable(docsDir).map(File::toPath), update, ACCEPT_COMMAND);
  }

  /** Logs each finding, errors at the source of the feature class they are about; fails on any error. */
  void report(List<Finding> findings) throws MojoFailureException {
    SourceLocations locations = new SourceLocations(classesDirectory.toPath(), sourceRoots);
    int errors = 0;
    for (Finding finding : findings) {
      if (finding.error()) {
        errors++;
        getLog().error(locations.of(finding.bit()).map(place -> place + " ").orElse("") + finding.message());
      } else {
        getLog().info("snpgate: " + finding.message());
      }
    }
    if (errors != 0) {
      throw new MojoFailureException("snpgate: " + errors + (errors == 1 ? " problem" : " problems")
          + " with the checked-in baseline or docs (see above); accept a reviewed change with: " + ACCEPT_COMMAND);
    }
  }

}
