package dev.snpgate.baseline.reviewed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.baseline.Drift;
import dev.snpgate.baseline.classfile.ClassFileAnnotationsTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-phase check of the class output against reviewed files, as the Maven plugin runs it. */
class ClassOutputCheckTest {

  private static final String NOW = "IMPL_REQ 0xffffffffff7dbcf8\nPRESENT  0x0000000000000800\n"
      + "bit 11 SecureTSC IMPL_REQUIRED present g.Tsc\n";
  private static final String WITHOUT_TSC = NOW.replace("0x0000000000000800", "0x0000000000000000")
      .replace("present g.Tsc", "absent -");

  @TempDir
  Path module;

  private Path classes;

  @BeforeEach
  void compiledGuest() throws IOException {
    classes = module.resolve("target/classes");
    Path generated = classes.resolve("META-INF/snpgate/baseline.txt");
    Files.createDirectories(generated.getParent());
    Files.writeString(generated, NOW);
  }

  private String write(String name, String source) throws IOException {
    Path file = module.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return file.toString();
  }

  private ClassOutputCheck guest(String baseline) {
    return new ClassOutputCheck(new ClassOutput(classes), module, Optional.of(module.resolve(baseline)), Optional.empty(),
        "accept-it");
  }

  private ClassOutputCheck docsOnly(Optional<Path> docs) {
    return new ClassOutputCheck(new ClassOutput(classes), module, Optional.empty(), docs, "a");
  }

  private List<Finding> check(String baseline, boolean update) {
    return update ? guest(baseline).accept() : guest(baseline).check(new ClassPath(List.of(classes)), FailOn.ANY);
  }

  private static String errors(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      if (finding.error()) {
        text.append(finding.message()).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void changedBaselineAloneIsDriftOnTheBitItIsAbout() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), WITHOUT_TSC);
    List<Finding> findings = check("baseline.txt", false);
    assertEquals("snpgate baseline drift (compatible): PRESENT gained bit 11 SecureTSC (g.Tsc): this guest will now"
        + " boot on hosts that enable it. Review the change, then accept it with: accept-it\n", errors(findings));
    assertEquals(11, findings.get(0).bit());
  }

  @Test
  void matchingBaselinePasses() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), NOW);
    assertEquals("", errors(check("baseline.txt", false)));
    assertTrue(new ClassOutput(classes).hasGuest());
    assertFalse(new ClassOutput(module.resolve("nowhere")).hasGuest());
  }

  @Test
  void updateWritesTheBaselineNamedRelativeToTheModule() throws IOException {
    List<Finding> findings = check("sub/b.txt", true);
    assertEquals(NOW, Files.readString(module.resolve("sub/b.txt")));
    assertTrue(findings.get(0).message().startsWith("snpgate wrote the baseline sub/b.txt"), findings.toString());
  }

  @Test
  void changesAreClassifiedPerBitForAccept() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), WITHOUT_TSC);
    List<Drift> changes = guest("baseline.txt").changes();
    assertEquals(1, changes.size());
    assertEquals(11, changes.get(0).bit());
    assertEquals(Drift.Impact.COMPATIBLE, changes.get(0).impact());
    assertEquals(List.of(), guest("missing.txt").changes());
  }

  @Test
  void aCheckedInBaselineWithNoGuestCompiledNamesTheModuleAndTheLikelyCauses() throws IOException {
    classes = module.resolve("nowhere");
    assertEquals(Optional.empty(), guest("b.txt").unchecked("m"));
    Files.writeString(module.resolve("b.txt"), NOW);
    String unchecked = guest("b.txt").unchecked("m").orElseThrow();
    assertTrue(unchecked.startsWith("snpgate: module m has the baseline b.txt checked in, but its compilation generated"
        + " no snpgate registry or contribution"), unchecked);
    assertTrue(unchecked.contains("annotationProcessorPaths"), unchecked);
  }

  @Test
  void annotatedClassesWithoutAContributionAreNamedAndAContributionClearsThem() throws IOException {
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        write("SnpFeature.java", ClassFileAnnotationsTest.SOURCES.get("dev/snpgate/annotations/SnpFeature.java")),
        write("Tsc.java", ClassFileAnnotationsTest.SOURCES.get("g/Tsc.java"))));
    String unchecked = guest("b.txt").unchecked("m").orElseThrow();
    assertTrue(unchecked.startsWith("snpgate: module m has classes with snpgate annotations (g/Tsc.class)"), unchecked);
    assertTrue(new ClassPath(List.of(classes)).hasFeatureClass("g.Tsc"));
    assertFalse(new ClassPath(List.of(classes)).hasFeatureClass("g.Other"));
    Path marker = classes.resolve(ClassOutput.CONTRIBUTIONS).resolve("Library_1.class");
    Files.createDirectories(marker.getParent());
    Files.write(marker, new byte[0]);
    assertEquals(Optional.empty(), guest("b.txt").unchecked("m"));
  }

  @Test
  void docsAreCheckedAndWrittenLikeTheBaseline() throws IOException {
    Path meta = classes.resolve("META-INF/snpgate");
    Files.writeString(meta.resolve("behavior.md"), "md\n");
    Files.writeString(meta.resolve("behavior.rst"), "rst\n");
    Optional<Path> docs = Optional.of(module.resolve("docs"));
    assertTrue(errors(docsOnly(docs).check(new ClassPath(List.of()), FailOn.ANY)).contains("snpgate docs docs/behavior.md do not exist"));
    assertEquals("", errors(docsOnly(docs).accept()));
    assertEquals("md\n", Files.readString(module.resolve("docs/behavior.md")));
    Files.writeString(module.resolve("docs/behavior.rst"), "edited\n");
    assertTrue(errors(docsOnly(docs).check(new ClassPath(List.of()), FailOn.ANY)).contains("snpgate docs docs/behavior.rst are stale"));
  }

  @Test
  void unreadableCompilationOutputIsNotDrift() throws IOException {
    Files.writeString(classes.resolve("META-INF/snpgate/baseline.txt"), "MASKS 1\n");
    String errors = errors(check("b.txt", false));
    assertTrue(errors.startsWith("snpgate cannot read the baseline the last compilation wrote to "), errors);
    assertTrue(errors.contains("rebuild the module from clean"), errors);
  }

  @Test
  void aCompiledBaselineThatIsADirectoryIsSaidInWords() throws IOException {
    Path generated = classes.resolve("META-INF/snpgate/baseline.txt");
    Files.delete(generated);
    Files.createDirectory(generated);
    assertEquals("snpgate cannot read " + generated + " (it is a directory, not a file)\n", errors(check("b.txt", false)));
  }

  @Test
  void aCheckedInBaselineThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectory(module.resolve("baseline.txt"));
    assertEquals("snpgate cannot read baseline.txt (it is a directory, not a file); check the path the build gives"
        + " snpgate\n", errors(check("baseline.txt", false)));
  }

  @Test
  void aCheckedInBaselineInLatin1NamesTheLineOfTheFirstBadByte() throws IOException {
    Files.write(module.resolve("baseline.txt"), (NOW + "# Andr\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(String.format(ReviewedMessages.BASELINE_UNREADABLE, "baseline.txt", 4, "the byte 0xe9 in column 7 is not"
        + " UTF-8; save the file as UTF-8", "accept-it") + "\n", errors(check("baseline.txt", false)));
  }
}
