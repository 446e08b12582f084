package dev.snpgate.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.processor.reporting.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's example guest ({@code examples/src/main/java}, as checked in), compiled by javac
 * and by Eclipse's ecj, the compiler of Eclipse and of VS Code's Java support: an IDE build must
 * give the guest the same masks, registry and docs as the Maven build, byte for byte, and put a
 * mistake at the same file and line.
 */
class ExampleGuestCompilersTest {

  /** Surefire runs in the module directory and sets {@code basedir} to it. */
  private static final Path EXAMPLE_SOURCES =
      Path.of(System.getProperty("basedir", ".")).resolve("../examples/src/main/java").normalize();
  private static final String REGISTRY = "dev/snpgate/examples/guest/SnpGateRegistry.java";
  private static final List<String> OUTPUTS = List.of("META-INF/snpgate/features.json",
      "META-INF/snpgate/baseline.txt", "META-INF/snpgate/behavior.md", "META-INF/snpgate/behavior.rst");
  private static final String EXAMPLE_GUEST = "dev/snpgate/examples/guest/ExampleGuest.java";
  private static final String SECURE_TSC = "dev/snpgate/examples/guest/features/SecureTsc.java";

  @TempDir
  Path dir;

  @Test
  void javacAndEcjGenerateTheSameBytesForTheExampleGuest() throws IOException {
    Map<String, String> byJavac = generated(GuestCompiler.JAVAC, EXAMPLE_SOURCES);
    Map<String, String> byEcj = generated(GuestCompiler.ECJ, EXAMPLE_SOURCES);
    for (String output : OUTPUTS) {
      assertTrue(byJavac.containsKey("classes/" + output), "javac wrote no " + output + ": " + byJavac.keySet());
    }
    assertTrue(byJavac.containsKey("generated/" + REGISTRY), "javac wrote no registry: " + byJavac.keySet());
    assertTrue(byJavac.get("classes/META-INF/snpgate/features.json").contains("\"present\": \"0x0000000000000880\""),
        "the example guest implements DebugSwap and SecureTSC");
    // Every generated file, the five outputs and the contribution marker, under the same name.
    assertEquals(byJavac.keySet(), byEcj.keySet());
    for (String file : byJavac.keySet()) {
      assertEquals(byJavac.get(file), byEcj.get(file), "javac and ecj must write the same " + file);
    }
  }

  @Test
  void javacAndEcjPutAMistakeInTheExampleGuestAtTheSameFileAndLine() throws IOException {
    Path sources = copyOfExampleSources();
    Path secureTsc = sources.resolve(SECURE_TSC);
    String original = Files.readString(secureTsc, StandardCharsets.UTF_8);
    String broken = original.replace("    implRequired = true,", "    implRequired = false,");
    assertFalse(broken.equals(original), "the example's SecureTsc no longer writes implRequired = true");
    Files.writeString(secureTsc, broken, StandardCharsets.UTF_8);
    long line = lineOf(broken, "implRequired = false");
    String expected = String.format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, false, 11, "SecureTSC",
        "IMPL_REQUIRED", true, true);

    GuestCompiler.Message snpgateError = new GuestCompiler.Message(Diagnostic.Kind.ERROR, expected, SECURE_TSC, line);
    assertEquals(List.of(snpgateError), compile(GuestCompiler.JAVAC, sources).errors());
    List<GuestCompiler.Message> ecjErrors = new ArrayList<>(compile(GuestCompiler.ECJ, sources).errors());
    assertTrue(ecjErrors.remove(snpgateError), "ecj: " + ecjErrors);
    // An invalid guest gets no registry. javac holds back the errors that follow from a type a
    // processor did not generate; ecj also reports the boot code's use of it, and nothing else.
    for (GuestCompiler.Message followOn : ecjErrors) {
      assertEquals(EXAMPLE_GUEST, followOn.file(), "ecj: " + followOn);
      assertTrue(followOn.text().contains("SnpGateRegistry"), "ecj: " + followOn);
    }
  }

  private GuestCompiler.Result compile(GuestCompiler compiler, Path sourceRoot) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> sources.add(sourceRoot.relativize(file)));
    }
    return compiler.compile(sourceRoot, sources, dir.resolve(compiler.name()), true, List.of(), List.of());
  }

  /** Every file the compilation generated (resources and sources), by path under its work directory. */
  private Map<String, String> generated(GuestCompiler compiler, Path sourceRoot) throws IOException {
    GuestCompiler.Result result = compile(compiler, sourceRoot);
    assertTrue(result.success(), compiler + ": " + result.messages() + result.output());
    for (GuestCompiler.Message message : result.messages()) {
      // javac ran with -Xlint:all -Werror; ecj reports its warnings without failing, so look at them here.
      assertTrue(message.kind() == Diagnostic.Kind.NOTE, compiler + ": " + message);
    }
    Map<String, String> files = new TreeMap<>();
    Path work = dir.resolve(compiler.name());
    for (Path root : List.of(result.classes(), result.generatedSources())) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : (Iterable<Path>) walk::iterator) {
          if (Files.isRegularFile(file) && !file.toString().endsWith(".class")) {
            // Decoded strictly: a byte that is not UTF-8 fails here rather than compare equal as U+FFFD.
            files.put(work.relativize(file).toString().replace('\\', '/'),
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
          }
        }
      }
    }
    return files;
  }

  private Path copyOfExampleSources() throws IOException {
    Path copy = dir.resolve("src");
    try (Stream<Path> files = Files.walk(EXAMPLE_SOURCES)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(EXAMPLE_SOURCES.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static long lineOf(String source, String marker) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + marker);
  }
}
