package dev.snpgate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-phase drift check, run as Maven's exec plugin runs it. */
class SnpGateCheckTest {

  private static final String NOW = "IMPL_REQ 0xffffffffff7dbcf8\nPRESENT 0x0000000000000800\n"
      + "bit 11 SecureTSC IMPL_REQUIRED present g.Tsc\n";

  @TempDir
  Path module;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void compiledGuest() throws IOException {
    Path generated = module.resolve("target/classes/META-INF/snpgate/baseline.txt");
    Files.createDirectories(generated.getParent());
    Files.writeString(generated, NOW);
  }

  private int run(String... args) {
    return SnpGateCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void changedBaselineAloneIsDrift() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), NOW.replace("0x0000000000000800", "0x0000000000000000")
        .replace("present g.Tsc", "absent -"));
    int status = run("--classes", module.resolve("target/classes").toString(), "--baseline", "baseline.txt",
        "--accept-command", "accept-it");
    assertEquals(1, status);
    assertEquals("[snpgate] error: snpgate baseline drift (compatible): PRESENT gained bit 11 SecureTSC (g.Tsc): this"
        + " guest will now boot on hosts that enable it. Review the change, then accept it with: accept-it\n", err());
  }

  @Test
  void matchingBaselinePassesAndTheModuleIsInferredFromTargetClasses() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), NOW);
    assertEquals(0, run("--classes", module.resolve("target/classes").toString(), "--baseline", "baseline.txt"));
    assertEquals("", err());
  }

  @Test
  void updateWritesTheBaseline() throws IOException {
    assertEquals(0, run("--classes", module.resolve("target/classes").toString(), "--baseline", "sub/b.txt",
        "--project-dir", module.toString(), "--update", "true"));
    assertEquals(NOW, Files.readString(module.resolve("sub/b.txt")));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("[snpgate] snpgate wrote the baseline sub/b.txt"));
  }

  @Test
  void aConfiguredBaselineWithNoGuestCompiledFailsSayingHowToKeepTheGuest() {
    assertEquals(1, run("--classes", module.resolve("nowhere").toString(), "--baseline", "b.txt",
        "--project-dir", module.toString()));
    assertTrue(err().contains("does not exist: the last compilation generated no snpgate guest, so the configured"
        + " baseline was not checked. If the guest has no @SnpFeature class left, declare it with @SnpGuest"), err());
    assertTrue(err().contains("rebuild the guest from clean (mvn clean process-classes)"), err());
  }

  @Test
  void badArguments() {
    assertEquals(2, run("--classes"));
    assertTrue(err().startsWith("snpgate: --classes needs a value\n" + SnpGateCheck.USAGE), err());
    err.reset();
    assertEquals(2, run("--what", "x"));
    assertTrue(err().startsWith("snpgate: unknown argument --what"), err());
    err.reset();
    assertEquals(2, run("--classes", "x"));
    assertTrue(err().startsWith("snpgate: --classes and at least one of --baseline and --docs are required"), err());
    err.reset();
    assertEquals(2, run("--classes", "x", "--baseline", "b", "--update", "maybe"));
    assertTrue(err().startsWith("snpgate: --update maybe is not true or false"), err());
  }

  @Test
  void docsAreCheckedAndWrittenLikeTheBaseline() throws IOException {
    Path meta = module.resolve("target/classes/META-INF/snpgate");
    Files.writeString(meta.resolve("behavior.md"), "md\n");
    Files.writeString(meta.resolve("behavior.rst"), "rst\n");
    String classes = module.resolve("target/classes").toString();
    assertEquals(1, run("--classes", classes, "--docs", "docs"));
    assertTrue(err().contains("[snpgate] error: snpgate docs docs/behavior.md do not exist"), err());
    assertEquals(0, run("--classes", classes, "--docs", "docs", "--update", "true"));
    assertEquals("md\n", Files.readString(module.resolve("docs/behavior.md")));
    err.reset();
    assertEquals(0, run("--classes", classes, "--docs", "docs"));
    Files.writeString(module.resolve("docs/behavior.rst"), "edited\n");
    assertEquals(1, run("--classes", classes, "--docs", "docs"));
    assertTrue(err().contains("snpgate docs docs/behavior.rst are stale"), err());
  }

  @Test
  void relativePathsNeedAModuleDirectory() {
    String elsewhere = module.resolve("out").toString();
    assertEquals(2, run("--classes", elsewhere, "--docs", "docs"));
    assertTrue(err().startsWith("snpgate: cannot tell which directory docs is relative to; pass --project-dir"), err());
    err.reset();
    assertEquals(2, run("--classes", elsewhere, "--baseline", "b.txt"));
    assertTrue(err().startsWith("snpgate: cannot tell which directory b.txt is relative to; pass --project-dir"), err());
  }

  @Test
  void unreadableCompilationOutputIsNotDrift() throws IOException {
    Files.writeString(module.resolve("target/classes/META-INF/snpgate/baseline.txt"), "MASKS 1\n");
    assertEquals(1, run("--classes", module.resolve("target/classes").toString(), "--baseline", "b.txt"));
    assertTrue(err().startsWith("snpgate: the baseline the last compilation wrote to "), err());
    assertTrue(err().contains("rebuild the guest from clean (mvn clean process-classes)"), err());
  }

  @Test
  void pathThatIsNotValidOnThisSystem() {
    assertEquals(2, run("--classes", "a\u0000b", "--baseline", "b.txt"));
    assertTrue(err().startsWith("snpgate: 'a\u0000b' is not a valid path on this system"), err());
  }

  @Test
  void blankAcceptCommandFallsBackToTheDefault() throws IOException {
    Files.writeString(module.resolve("baseline.txt"), NOW.replace("0x0000000000000800", "0x0000000000000000")
        .replace("present g.Tsc", "absent -"));
    run("--classes", module.resolve("target/classes").toString(), "--baseline", "baseline.txt", "--accept-command", " ");
    assertTrue(err().endsWith("accept it with: mvn process-classes -Dsnpgate.updateBaseline=true\n"), err());
  }

  @Test
  void aCompiledBaselineThatIsADirectoryIsSaidInWords() throws IOException {
    Path generated = module.resolve("target/classes/META-INF/snpgate/baseline.txt");
    Files.delete(generated);
    Files.createDirectory(generated);
    assertEquals(1, run("--classes", module.resolve("target/classes").toString(), "--baseline", "b.txt"));
    assertEquals("snpgate: cannot read " + generated + ": it is a directory, not a file\n", err());
  }

  @Test
  void aCheckedInBaselineThatIsADirectoryIsSaidInWords() throws IOException {
    Files.createDirectory(module.resolve("baseline.txt"));
    assertEquals(1, run("--classes", module.resolve("target/classes").toString(), "--baseline", "baseline.txt"));
    assertEquals("[snpgate] error: snpgate cannot read baseline.txt (it is a directory, not a file); check the path"
        + " the build gives snpgate\n", err());
  }

  @Test
  void aCheckedInBaselineInLatin1NamesTheLineOfTheFirstBadByte() throws IOException {
    Files.write(module.resolve("baseline.txt"), (NOW + "# Andr\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(1, run("--classes", module.resolve("target/classes").toString(), "--baseline", "baseline.txt",
        "--accept-command", "accept-it"));
    assertEquals("[snpgate] error: snpgate cannot read the baseline baseline.txt: line 4: the byte 0xe9 in column 7"
        + " is not UTF-8; save the file as UTF-8. This is a problem with the file, not drift: fix the line, or write"
        + " the file anew with: accept-it\n", err());
  }
}
