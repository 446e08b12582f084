package dev.snpgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root {@code snpgate} script, and the man pages and completion the build generates. */
class LauncherIT {

  @Test
  void theScriptRunsTheJar() {
    Path script = SnpGateProcess.existing("snpgate.launcher", "the root snpgate script is missing");
    CliRun run = SnpGateProcess.exec(List.of(script.toString(), "decode", "0x7"), Map.of(), null, "decode 0x7").exits(0);
    assertTrue(run.out().startsWith("SEV_STATUS    0x0000000000000007  SEV SEV-ES SEV-SNP\n"), run.describe());
    CliRun refused = SnpGateProcess.exec(List.of(script.toString(), "preflight", "--linux", "--host-features", "0x200000"),
        Map.of(), null, "preflight").exits(3);
    assertEquals("", refused.err());
  }

  @Test
  void manPagesExistForEveryCommand() throws IOException {
    Path man = SnpGateProcess.existing("snpgate.manPages", "the build generates them at process-classes");
    for (String command : new String[] {"snpgate", "snpgate-decode", "snpgate-check", "snpgate-preflight", "snpgate-read"}) {
      String page = Files.readString(man.resolve(command + ".adoc"));
      assertTrue(page.contains(":doctype: manpage"), command);
    }
    assertTrue(Files.readString(man.resolve("snpgate-preflight.adoc")).contains("--host-features"));
  }

  @Test
  void bashCompletionKnowsEveryCommandAndOption() throws IOException {
    String completion = Files.readString(SnpGateProcess.existing("snpgate.completion", "the build generates it"));
    for (String word : new String[] {"decode", "check", "preflight", "read", "--manifest", "--host-features",
        "--linux", "--kernel-log", "--msr-device", "--cpu", "--features", "--json"}) {
      assertTrue(completion.contains(word), word);
    }
  }
}
