package dev.snpgate.processor.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {

  @Test
  void mavenAndGradleClassOutputsGiveTheModuleDirectory() {
    assertEquals(Optional.of(Path.of("/w/guest")), ProjectPaths.moduleDirOf(Path.of("/w/guest/target/classes")));
    assertEquals(Optional.of(Path.of("/w/guest")), ProjectPaths.moduleDirOf(Path.of("/w/guest/build/classes/java/main")));
    assertEquals(Optional.empty(), ProjectPaths.moduleDirOf(Path.of("/w/guest/out")));
  }

  @Test
  void relativePathsResolveAgainstTheModuleNotTheWorkingDirectory() {
    ProjectPaths inferred = ProjectPaths.of(Optional.empty(), Optional.of(Path.of("/w/guest/target/classes")));
    assertEquals(Optional.of(Path.of("/w/guest/docs")), inferred.resolve("docs"));
    assertEquals(Optional.of(Path.of("/w/b.txt")), inferred.resolve("../b.txt"));
    assertEquals(Optional.of(Path.of("/abs/b.txt")), inferred.resolve("/abs/b.txt"));
    ProjectPaths given = ProjectPaths.of(Optional.of(Path.of("/given")), Optional.of(Path.of("/w/guest/target/classes")));
    assertEquals(Optional.of(Path.of("/given/b.txt")), given.resolve("b.txt"));
    ProjectPaths unknown = ProjectPaths.of(Optional.empty(), Optional.empty());
    assertEquals(Optional.empty(), unknown.resolve("b.txt"));
    assertEquals(Optional.of(Path.of("/abs/b.txt")), unknown.resolve("/abs/b.txt"));
  }
}
