package dev.snpgate.cli.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether one Linux release boots on a host, by the rules the table's header states: a release with
 * a row is answered by it (exact); one without takes the nearest row below it in its own stable
 * series, or the rows around it by version when its series has none (inferred). Every row that may
 * describe the release is a candidate; when the candidates do not all answer alike (a later row of
 * the series, a backport posted to it, the rows around it, or a config option not given), the
 * answer is undetermined and names each outcome with the rows that give it.
 *
 * @param release the release asked about
 * @param verdict exact, inferred or undetermined
 * @param why how the rows were chosen, in one sentence
 * @param outcomes each distinct outcome with the rows that give it, in table order; one unless undetermined
 * @param toDecide for an undetermined answer, what would decide it; empty otherwise
 */
record ReleaseAnswer(KernelVersion release, Kind verdict, String why, List<Outcome> outcomes, String toDecide) {

  /** How sure the answer is: the JSON field {@code verdict} and the text's word. */
  enum Kind {
    EXACT, INFERRED, UNDETERMINED;

    String word() {
      return name().toLowerCase();
    }
  }

  /** One outcome and the rows that give it. */
  record Outcome(Verdict verdict, List<LinuxRow> rows) {}

  ReleaseAnswer {
    outcomes = List.copyOf(outcomes);
  }

  /** The answer for {@code release} built with {@code config}, from {@code table}'s rows decided in {@code verdicts}. */
  static ReleaseAnswer of(KernelVersion release, KernelConfig config, LinuxTable table, RowVerdicts verdicts) {
    List<LinuxRow> possible = new ArrayList<>();
    for (LinuxRow row : table.rows()) {
      if (row.buildableWith(config)) {
        possible.add(row);
      }
    }
    List<LinuxRow> own = select(possible, row -> !row.wholeSeries() && row.version().equals(release));
    if (!own.isEmpty()) {
      return answer(release, config, verdicts, own, Kind.EXACT, "Linux " + release + " has a row of its own");
    }
    List<LinuxRow> seriesBackports = select(possible, row -> row.wholeSeries() && row.version().sameSeries(release));
    List<LinuxRow> below = nearest(possible, row -> row.version().sameSeries(release)
        && row.version().compareTo(release) < 0, true);
    if (!below.isEmpty()) {
      KernelVersion base = below.get(0).version();
      List<LinuxRow> later = select(possible, row -> !row.wholeSeries() && row.version().sameSeries(release)
          && row.version().compareTo(base) > 0);
      List<LinuxRow> candidates = inTableOrder(possible, below, later, seriesBackports);
      String why = release + " has no row of its own; it takes the nearest row below it in its stable series, "
          + base + " (stable releases carry the changes of those before them)"
          + alternatives(later, seriesBackports);
      return answer(release, config, verdicts, candidates, Kind.INFERRED, why);
    }
    List<LinuxRow> lower = nearest(possible, row -> row.version().compareTo(release) < 0, true);
    List<LinuxRow> upper = nearest(possible, row -> row.version().compareTo(release) > 0, false);
    if (lower.isEmpty()) {
      String first = upper.isEmpty() ? "(none)" : upper.get(0).release();
      return new ReleaseAnswer(release, Kind.UNDETERMINED, release + " is older than the table's first release, "
          + first + ", and the table does not know it", outcomes(inTableOrder(possible, upper, seriesBackports),
          verdicts), "read the release's arch/x86/boot/compressed/sev.c (SNP_FEATURES_IMPL_REQ and"
          + " SNP_FEATURES_PRESENT)");
    }
    KernelVersion lowerVersion = lower.get(0).version();
    String why = upper.isEmpty()
        ? release + " is newer than the table's last release, " + lowerVersion + ", and takes it"
        : release + " has no row in its series; it lies between " + lowerVersion + " and " + upper.get(0).version()
            + ", and takes what they share";
    // A backport posted to a series lands after the series' rows that were read without it, so it
    // is a candidate only for a series the table has no release of.
    List<LinuxRow> backports = select(possible, row -> !row.wholeSeries() && row.version().sameSeries(release))
        .isEmpty() ? seriesBackports : List.of();
    return answer(release, config, verdicts, inTableOrder(possible, lower, upper, backports), Kind.INFERRED,
        why + alternatives(List.of(), backports));
  }

  /** The answer when every candidate agrees, or an undetermined one naming each outcome. */
  private static ReleaseAnswer answer(KernelVersion release, KernelConfig config, RowVerdicts verdicts,
      List<LinuxRow> candidates, Kind whenAgreed, String why) {
    List<Outcome> outcomes = outcomes(candidates, verdicts);
    if (outcomes.size() == 1) {
      return new ReleaseAnswer(release, whenAgreed, why, outcomes, "");
    }
    return new ReleaseAnswer(release, Kind.UNDETERMINED, why + "; these rows answer differently", outcomes,
        toDecide(candidates, config, verdicts));
  }

  private static List<Outcome> outcomes(List<LinuxRow> candidates, RowVerdicts verdicts) {
    Map<Long, Outcome> byRefusal = new LinkedHashMap<>();
    for (LinuxRow row : candidates) {
      Verdict verdict = verdicts.of(row);
      byRefusal.computeIfAbsent(verdict.refusingMask(), mask -> new Outcome(verdict, new ArrayList<>())).rows().add(row);
    }
    return new ArrayList<>(byRefusal.values());
  }

  /**
   * What decides an undetermined answer: a config option not given, when each of its settings alone
   * gives one outcome; otherwise the release's own source.
   */
  private static String toDecide(List<LinuxRow> candidates, KernelConfig config, RowVerdicts verdicts) {
    List<String> options = new ArrayList<>();
    for (LinuxRow row : candidates) {
      if (!row.config().isEmpty() && !config.gives(row.configOption()) && !options.contains(row.configOption())) {
        options.add(row.configOption());
      }
    }
    for (String option : options) {
      List<String> settings = new ArrayList<>();
      boolean decides = true;
      for (LinuxRow row : candidates) {
        if (row.configOption().equals(option) && !settings.contains(row.config())) {
          settings.add(row.config());
          decides &= outcomes(select(candidates, other -> other.config().isEmpty()
              || !other.configOption().equals(option) || other.config().equals(row.config())), verdicts).size() == 1;
        }
      }
      if (decides) {
        return option + " decides: give --linux-config " + String.join(" or --linux-config ", settings);
      }
    }
    return "the table cannot tell: read the release's arch/x86/boot/compressed/sev.c (SNP_FEATURES_IMPL_REQ and"
        + " SNP_FEATURES_PRESENT), or boot it on this host";
  }

  /** The clause naming rows that may also describe the release. */
  private static String alternatives(List<LinuxRow> later, List<LinuxRow> seriesBackports) {
    List<String> names = new ArrayList<>();
    List<LinuxRow> rows = new ArrayList<>(later);
    rows.addAll(seriesBackports);
    for (LinuxRow row : rows) {
      String name = row.release() + " (" + row.source() + ")";
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? "" : "; it may also be like the series' rows " + String.join(", ", names);
  }

  private static List<LinuxRow> select(List<LinuxRow> rows, Predicate<LinuxRow> test) {
    List<LinuxRow> selected = new ArrayList<>();
    for (LinuxRow row : rows) {
      if (test.test(row)) {
        selected.add(row);
      }
    }
    return selected;
  }

  /** The rows of the one release nearest below ({@code highest}) or above, among the rows of releases that pass. */
  private static List<LinuxRow> nearest(List<LinuxRow> rows, Predicate<LinuxRow> test, boolean highest) {
    KernelVersion best = null;
    for (LinuxRow row : rows) {
      if (!row.wholeSeries() && test.test(row)
          && (best == null || (highest ? row.version().compareTo(best) > 0 : row.version().compareTo(best) < 0))) {
        best = row.version();
      }
    }
    KernelVersion chosen = best;
    return chosen == null ? List.of() : select(rows, row -> !row.wholeSeries() && row.version().equals(chosen));
  }

  /** The rows of {@code parts}, in the order of {@code rows}. */
  @SafeVarargs
  private static List<LinuxRow> inTableOrder(List<LinuxRow> rows, List<LinuxRow>... parts) {
    return select(rows, row -> {
      for (List<LinuxRow> part : parts) {
        if (part.contains(row)) {
          return true;
        }
      }
      return false;
    });
  }
}
