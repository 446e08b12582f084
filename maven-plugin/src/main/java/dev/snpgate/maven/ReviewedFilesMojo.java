package dev.snpgate.maven;

import dev.snpgate.baseline.reviewed.ClassOutput;
import dev.snpgate.baseline.reviewed.ClassOutputCheck;
import dev.snpgate.baseline.reviewed.Finding;
import dev.snpgate.baseline.reviewed.ReviewedBaseline;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code accept} share: the module's class output, its reviewed baseline and
 * docs by convention, the refusal to pass a module whose build made no snpgate output for what it
 * holds, and how findings reach the build's output.
 */
abstract class ReviewedFilesMojo extends AbstractMojo {

  /** The command that accepts a change, named in every drift message. */
  static final String ACCEPT_COMMAND = "mvn snpgate:accept";

  /** The checked-in baseline: which hosts the guest accepts. */
  @Parameter(property = "snpgate.baseline", defaultValue = "${project.basedir}/" + ReviewedBaseline.DEFAULT_FILE)
  File baseline;

  /** A directory for the checked-in docs (behavior.md, behavior.rst); none by default. */
  @Parameter(property = "snpgate.docsDir")
  File docsDir;

  /** Skips the goal. */
  @Parameter(property = "snpgate.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  List<String> sourceRoots;

  /**
   * The module's guest to check, if it has one. A module without a guest fails when its classes
   * carry snpgate's annotations or it has reviewed files, since then its build checked nothing
   * that it should have.
   */
  Optional<ClassOutputCheck> guest() throws MojoFailureException {
    if (skip) {
      getLog().info("snpgate: skipped (snpgate.skip)");
      return Optional.empty();
    }
    ClassOutputCheck check = new ClassOutputCheck(new ClassOutput(classesDirectory.toPath()), basedir.toPath(),
        Optional.of(baseline.toPath()), Optional.ofNullable(docsDir).map(File::toPath), ACCEPT_COMMAND);
    if (check.output().hasGuest()) {
      return Optional.of(check);
    }
    Optional<String> unchecked = check.unchecked(project.getArtifactId());
    if (unchecked.isPresent()) {
      getLog().error(unchecked.get());
      throw new MojoFailureException(unchecked.get());
    }
    getLog().info("snpgate: no guest in this module (its compilation generated no snpgate registry)");
    return Optional.empty();
  }

  /** Logs each finding, errors at the source of the feature class they are about; fails on any error. */
  void report(List<Finding> findings) throws MojoFailureException {
    SourceLocations locations = new SourceLocations(classesDirectory.toPath(), sourceRoots);
    int errors = 0;
    for (Finding finding : findings) {
      String located = locations.of(finding.bit()).map(place -> place + " ").orElse("") + finding.message();
      switch (finding.level()) {
        case ERROR:
          errors++;
          getLog().error(located);
          break;
        case WARNING:
          getLog().warn(located);
          break;
        default:
          getLog().info(prefixed(finding.message()));
      }
    }
    if (errors != 0) {
      throw new MojoFailureException("snpgate: " + errors + (errors == 1 ? " problem" : " problems")
          + " with the checked-in baseline or docs (see above)");
    }
  }

  /** A message with snpgate's name once: the shared messages already start with it. */
  static String prefixed(String message) {
    return message.startsWith("snpgate") ? message : "snpgate: " + message;
  }
}
