package dev.snpgate.cli.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snpgate.cli.preflight.ReleaseAnswer.Kind;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The table's answering rules, on a small table written here so each rule shows on its own, and
 * their promise on the embedded table: an answer that is not undetermined is the outcome of every
 * row that may describe the release.
 */
class ReleaseAnswerTest {

  private static final String HEADER = LinuxTable.HEADER + "\n";
  /** Bit 23 in IMPL_REQ, and not. */
  private static final String REFUSES = "\t0xffffffffffffffff\t0x0\t";
  private static final String BOOTS = "\t0xffffffffff7fffff\t0x0\t";

  private static final LinuxTable TABLE = LinuxTable.parse(HEADER
      + "5.1.0" + row("", REFUSES, "read")
      + "5.3.0" + row("", REFUSES, "read")
      + "5.4.2" + row("", REFUSES, "read")
      + "5.4.9" + row("", BOOTS, "announced")
      + "5.5.0" + row("", REFUSES, "read")
      + "5.5.y" + row("", BOOTS, "posted")
      + "5.7.0" + row("CONFIG_X=n", REFUSES, "read")
      + "5.7.0" + row("CONFIG_X=y", BOOTS, "read")
      + "5.8.0" + row("", BOOTS, "read"));

  private static String row(String config, String masks, String source) {
    return "\t" + config + masks + source + "\t\n";
  }

  private static ReleaseAnswer answer(String release, String... config) {
    LinuxTable table = TABLE;
    return ReleaseAnswer.of(KernelVersion.parse(release), KernelConfig.parse(List.of(config), table), table,
        new RowVerdicts(table, HostFeatures.parse("IBPBOnEntry")));
  }

  private static void assertAnswer(Kind kind, String outcome, ReleaseAnswer answer) {
    assertEquals(kind, answer.verdict(), answer.toString());
    if (outcome != null) {
      assertEquals(outcome, answer.outcomes().get(0).verdict().word(), answer.toString());
    }
  }

  @Test
  void eachRuleOfTheTable() {
    assertAnswer(Kind.EXACT, "refuse", answer("5.3.0"));
    assertAnswer(Kind.INFERRED, "refuse", answer("5.3.7"));
    assertAnswer(Kind.INFERRED, "refuse", answer("5.2.4"));
    assertAnswer(Kind.UNDETERMINED, null, answer("5.4.5"));
    assertAnswer(Kind.INFERRED, "boot", answer("5.4.10"));
    assertAnswer(Kind.UNDETERMINED, null, answer("5.5.3"));
    assertAnswer(Kind.UNDETERMINED, null, answer("5.6.0"));
    assertAnswer(Kind.UNDETERMINED, null, answer("5.7.0"));
    assertAnswer(Kind.EXACT, "boot", answer("5.7.0", "CONFIG_X=y"));
    assertAnswer(Kind.INFERRED, "refuse", answer("5.7.4", "CONFIG_X=n"));
    assertAnswer(Kind.INFERRED, "boot", answer("6.0.0"));
    assertAnswer(Kind.UNDETERMINED, "refuse", answer("4.19.0"));
  }

  @Test
  void undeterminedAnswersNameWhatDecides() {
    assertEquals("CONFIG_X decides: give --linux-config CONFIG_X=n or --linux-config CONFIG_X=y",
        answer("5.7.0").toDecide());
    assertTrue(answer("5.4.5").toDecide().startsWith("the table cannot tell"), answer("5.4.5").toString());
    assertEquals(Map.of("refuse", List.of("5.4.2"), "boot", List.of("5.4.9")), Map.of(
        answer("5.4.5").outcomes().get(0).verdict().word(), releases(answer("5.4.5").outcomes().get(0)),
        answer("5.4.5").outcomes().get(1).verdict().word(), releases(answer("5.4.5").outcomes().get(1))));
  }

  private static List<String> releases(ReleaseAnswer.Outcome outcome) {
    return outcome.rows().stream().map(LinuxRow::release).toList();
  }

  /** Whatever the host and release, a determined answer is what every row it names says. */
  @Test
  void aDeterminedAnswerIsTheOutcomeOfEveryRowBehindIt() {
    LinuxTable table = LinuxTable.embedded();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2000; i++) {
      HostFeatures host = new HostFeatures("random", (random.nextLong() & random.nextLong() | 1) >>> 2);
      RowVerdicts verdicts = new RowVerdicts(table, host);
      KernelVersion release = new KernelVersion(6 + random.nextInt(2), random.nextInt(20), random.nextInt(30));
      ReleaseAnswer answer = ReleaseAnswer.of(release, KernelConfig.NONE, table, verdicts);
      if (answer.verdict() == Kind.UNDETERMINED) {
        continue;
      }
      assertEquals(1, answer.outcomes().size(), answer.toString());
      for (LinuxRow row : answer.outcomes().get(0).rows()) {
        assertEquals(answer.outcomes().get(0).verdict().refusingMask(), verdicts.of(row).refusingMask(),
            release + " and " + row.label());
      }
    }
  }
}
