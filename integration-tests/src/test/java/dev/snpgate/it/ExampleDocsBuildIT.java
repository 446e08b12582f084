package dev.snpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The example guest's checked-in docs, in real builds of a copy of the example module. */
class ExampleDocsBuildIT {

  private static final String ACCEPT = "mvn snpgate:accept";
  private static final String SECURE_TSC = "src/main/java/dev/snpgate/examples/guest/features/SecureTsc.java";

  private static void assertHasLine(GuestBuild.Result result, String line) {
    assertTrue(result.lines().contains(line), "no line\n" + line + "\nin\n" + result.output());
  }

  @Test
  void checkedInDocsMatchAndAChangedRationaleMakesThemStale() {
    GuestBuild example = GuestBuild.copyOfExample("example-docs");
    GuestBuild.Result clean = example.maven("process-classes");
    assertEquals(0, clean.exitStatus(), clean.output());

    example.write(SECURE_TSC, example.read(SECURE_TSC).replace("With Secure TSC the guest", "With Secure TSC, the guest"));
    GuestBuild.Result stale = example.maven("process-classes");
    assertEquals(1, stale.exitStatus(), stale.output());
    assertHasLine(stale, "[ERROR] snpgate docs docs/behavior.md are stale: they differ from what this build generates"
        + " from line 36 on. Review the change, then accept it with: " + ACCEPT);
    assertHasLine(stale, "[ERROR] snpgate docs docs/behavior.rst are stale: they differ from what this build generates"
        + " from line 162 on. Review the change, then accept it with: " + ACCEPT);

    GuestBuild.Result accepted = example.maven("snpgate:accept");
    assertEquals(0, accepted.exitStatus(), accepted.output());
    assertHasLine(accepted, "[INFO] snpgate wrote the docs docs/behavior.md");
    assertTrue(example.read("docs/behavior.md").contains("With Secure TSC\\, the guest"));
    assertEquals(0, example.maven("process-classes").exitStatus());
  }

  @Test
  void handEditedDocsAloneFailAlthoughJavacHasNothingToCompile() {
    GuestBuild example = GuestBuild.copyOfExample("example-docs-edited");
    assertEquals(0, example.maven("process-classes").exitStatus());
    example.write("docs/behavior.md", example.read("docs/behavior.md").replace("graceful boot failure", "boots"));
    GuestBuild.Result stale = example.maven("process-classes");
    assertEquals(1, stale.exitStatus(), stale.output());
    assertHasLine(stale, "[INFO] Nothing to compile - all classes are up to date.");
    assertTrue(stale.output().contains("[ERROR] snpgate docs docs/behavior.md are stale"), stale.output());
  }
}
