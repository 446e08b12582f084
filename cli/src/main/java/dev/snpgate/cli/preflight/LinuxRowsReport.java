package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.ExitStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code preflight --linux} without a release: the verdict of every row of the table that a kernel
 * built with the given config may be, each with where its masks come from, and a summary by release.
 */
final class LinuxRowsReport implements LinuxReport {

  private final LinuxTable table;
  private final List<LinuxRow> rows = new ArrayList<>();
  private final RowVerdicts verdicts;
  /** Each release (or series) of the rows, with the outcome of each of its configs, in table order. */
  private final Map<String, Map<String, String>> outcomes = new LinkedHashMap<>();

  LinuxRowsReport(LinuxTable table, KernelConfig config, RowVerdicts verdicts) {
    this.table = table;
    this.verdicts = verdicts;
    for (LinuxRow row : table.rows()) {
      if (row.buildableWith(config)) {
        rows.add(row);
        outcomes.computeIfAbsent(row.release(), release -> new LinkedHashMap<>())
            .put(row.config(), verdicts.of(row).word());
      }
    }
  }

  @Override
  public int exitStatus() {
    return refusingReleases() == 0 ? ExitStatus.OK : ExitStatus.REFUSED;
  }

  /** How many releases (or series) refuse with at least one of their configs. */
  private int refusingReleases() {
    int count = 0;
    for (Map<String, String> byConfig : outcomes.values()) {
      count += byConfig.containsValue("refuse") ? 1 : 0;
    }
    return count;
  }

  @Override
  public String result() {
    int refusing = refusingReleases();
    return (refusing == 0 ? "every one of " + outcomes.size() : refusing + " of " + outcomes.size())
        + " Linux releases of the table " + (refusing == 0 ? "boots" : "refuse") + " this host"
        + (refusing == 0 ? "" : " (with at least one config)");
  }

  /**
   * The verdicts across releases, in table order: {@code refuse 6.2.1 to 6.19.y; boot 7.0.0 to
   * 7.1.3}. Consecutive releases with the same verdicts merge; a release whose configs disagree
   * says which boots with what.
   */
  String summary() {
    List<String> parts = new ArrayList<>();
    String first = null;
    String last = null;
    Map<String, String> current = null;
    for (Map.Entry<String, Map<String, String>> release : outcomes.entrySet()) {
      if (current != null && sameVerdicts(release.getValue(), current)) {
        last = release.getKey();
        continue;
      }
      if (current != null) {
        parts.add(describe(first, last, current));
      }
      first = release.getKey();
      last = first;
      current = release.getValue();
    }
    if (current != null) {
      parts.add(describe(first, last, current));
    }
    return String.join("; ", parts);
  }

  /**
   * Whether two releases say the same: one verdict for every config of each (whatever the configs),
   * or the same verdict config by config.
   */
  private static boolean sameVerdicts(Map<String, String> a, Map<String, String> b) {
    HashSet<String> verdictsA = new HashSet<>(a.values());
    HashSet<String> verdictsB = new HashSet<>(b.values());
    if (verdictsA.size() == 1 && verdictsB.size() == 1) {
      return verdictsA.equals(verdictsB);
    }
    return a.equals(b);
  }

  private static String describe(String first, String last, Map<String, String> outcome) {
    String range = first.equals(last) ? first : first + " to " + last;
    if (new HashSet<>(outcome.values()).size() == 1) {
      return outcome.values().iterator().next() + " " + range;
    }
    List<String> byConfig = new ArrayList<>();
    for (Map.Entry<String, String> entry : outcome.entrySet()) {
      byConfig.add(entry.getValue() + " with " + (entry.getKey().isEmpty() ? "no config option" : entry.getKey()));
    }
    return range + ": " + String.join(", ", byConfig);
  }

  @Override
  public void json(ObjectNode linux) {
    ArrayNode array = linux.putArray("rows");
    for (LinuxRow row : rows) {
      ObjectNode object = array.addObject();
      LinuxReport.row(row, object);
      verdicts.of(row).json(object);
    }
    linux.put("releases", outcomes.size());
    linux.put("refusing", refusingReleases());
    linux.put("summary", summary());
    LinuxReport.provenance(table, linux);
  }

  @Override
  public void text(PrintWriter out) {
    out.println("Linux releases (each row of the table embedded in snpgate; how each was learned in brackets)");
    for (LinuxRow row : rows) {
      Verdict verdict = verdicts.of(row);
      out.println("  " + row.label() + ": " + verdict.sentence() + " (" + row.provenance() + ")");
      verdict.text(out);
    }
    out.println("Linux summary   " + summary());
    out.println("Linux rows      a release without a row: ask for it with --linux=RELEASE; it is answered from the"
        + " rows around it (exact, inferred or undetermined)");
    LinuxReport.provenance(table, out);
  }
}
