package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which class path elements hold a contribution in a named module's own package. */
class ClassPathModularTest {

  @TempDir
  Path dir;

  private Path jar(String name, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        out.closeEntry();
      }
    }
    return jar;
  }

  private Path directory(String name, String... files) throws IOException {
    Path root = dir.resolve(name);
    for (String file : files) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      try (OutputStream out = Files.newOutputStream(path)) {
        out.write(0);
      }
    }
    return Files.createDirectories(root);
  }

  @Test
  void onlyContributionsInAModulesOwnPackageCount() throws IOException {
    Path modularJar = jar("apic.jar", "dev/snpgate/contributions/com/example/apic/",
        "dev/snpgate/contributions/com/example/apic/Library_1.class");
    Path classPathJar = jar("tsc.jar", "dev/snpgate/contributions/Library_2.class", "com/example/tsc/SecureTsc.class");
    Path modularDirectory = directory("avic-classes", "dev/snpgate/contributions/com/example/avic/Library_3.class");
    Path classPathDirectory = directory("lib-classes", "dev/snpgate/contributions/Library_4.class");
    Path own = directory("guest-classes", "dev/snpgate/contributions/com/example/guest/Guest_5.class");
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    ClassPath classPath = new ClassPath(List.of(modularJar, classPathJar, modularDirectory, classPathDirectory, own,
        notAJar, dir.resolve("absent")));
    assertEquals(List.of(modularJar, modularDirectory), classPath.modularContributions(own));
  }
}
