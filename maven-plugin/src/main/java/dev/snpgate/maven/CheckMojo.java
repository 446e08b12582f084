package dev.snpgate.maven;

import dev.snpgate.baseline.reviewed.ClassOutputCheck;
import dev.snpgate.baseline.reviewed.ClassPath;
import dev.snpgate.baseline.reviewed.FailOn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
   * changes of the {@code masks} (IMPL_REQ, PRESENT, REQUIRED); with {@code masks}, a renamed or
   * moved feature class, a changed name or tier and stale docs print as warnings.
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
      ClassPath classPath = classPath();
      rejectModularLibrariesOnTheClassPath(classPath);
      report(guest.get().check(classPath, failing.get()));
    }
  }

  /**
   * A guest compiled on the class path (its output has no module-info) reads the contributions in
   * the shared package only; a feature library compiled as a named module contributes through a
   * package of its own module, so its features would be missing without a word.
   */
  private void rejectModularLibrariesOnTheClassPath(ClassPath classPath) throws MojoFailureException {
    Path output = Path.of(project.getBuild().getOutputDirectory());
    if (Files.exists(output.resolve("module-info.class"))) {
      return;
    }
    List<Path> modular = classPath.modularContributions(output);
    if (!modular.isEmpty()) {
      throw new MojoFailureException("snpgate: " + project.getArtifactId() + " is a guest compiled on the class path,"
          + " but " + modular.stream().map(path -> path.getFileName().toString()).collect(Collectors.joining(", "))
          + (modular.size() == 1 ? " is a feature library" : " are feature libraries") + " compiled as a named module,"
          + " whose features such a guest cannot see: give the guest a module-info.java that requires the library"
          + " (Maven then puts it on the module path), or build the library without module-info.java");
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
