package dev.snpgate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.benchmarks.guest.SnpGateRegistry;
import dev.snpgate.runtime.Gate;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Keeps invokedynamic off the boot path: the first lambda, method reference, indy string
 * concatenation, record equals/hashCode/toString or pattern switch a JVM links costs milliseconds
 * of start-up (java.lang.invoke is set up on demand). The runtime's classes and a registry the
 * processor generated must hold none; a guest's own boot code is its choice (README).
 */
class BootPathBytecodeTest {

  @Test
  void theRuntimeHasNoInvokedynamic() throws Exception {
    List<String> found = new ArrayList<>();
    List<String> classes = runtimeClasses();
    assertTrue(classes.size() >= 15, "runtime classes found: " + classes);
    for (String name : classes) {
      List<String> dynamic = ConstantPool.dynamicEntries(read(name));
      if (!dynamic.isEmpty()) {
        found.add(name + " " + dynamic);
      }
    }
    assertEquals(List.of(), found, "invokedynamic on the boot path (class, call sites)");
  }

  @Test
  void aGeneratedRegistryHasNoInvokedynamic() throws Exception {
    assertEquals(List.of(), ConstantPool.dynamicEntries(read(resourceOf(SnpGateRegistry.class))));
  }

  /** The scan sees what the guard is for: the lambda of this class, a record's generated methods. */
  @Test
  void theScanFindsInvokedynamic() throws Exception {
    List<String> lambda = ConstantPool.dynamicEntries(read(resourceOf(BootPathBytecodeTest.class)));
    assertTrue(lambda.contains("get"), "lambda not found: " + lambda);
    List<String> record = ConstantPool.dynamicEntries(read(resourceOf(Sample.class)));
    assertEquals(List.of("toString", "hashCode", "equals"), record);
  }

  /** A record left to the compiler: its equals, hashCode and toString bootstrap ObjectMethods. */
  record Sample(int bit) {}

  @SuppressWarnings("unused")
  private static String lambda() {
    Supplier<String> lambda = () -> "bit";
    return lambda.get();
  }

  private static String resourceOf(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = BootPathBytecodeTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  /** Every class file of the runtime, from its jar or its class directory. */
  private static List<String> runtimeClasses() throws IOException, URISyntaxException {
    Path location = Path.of(Gate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (var walk = Files.walk(location)) {
        walk.filter(path -> path.toString().endsWith(".class"))
            .forEach(path -> names.add(location.relativize(path).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          String name = entries.nextElement().getName();
          if (name.endsWith(".class")) {
            names.add(name);
          }
        }
      }
    }
    names.remove("module-info.class");
    names.sort(null);
    return names;
  }
}
