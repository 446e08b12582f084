package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.runtime.SevStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The verdict of every Linux row of the table on one host, and a summary across releases. */
final class LinuxPreflight {

  private final LinuxTable table;
  private final List<Verdict> verdicts = new ArrayList<>();

  LinuxPreflight(LinuxTable table, HostFeatures host) {
    this.table = table;
    LinuxReasons reasons = new LinuxReasons(table);
    for (LinuxRelease release : table.releases()) {
      verdicts.add(Verdict.of(release.label(), new LinuxRegistry(release), host,
          feature -> reasons.why(release, feature)));
    }
  }

  /** How many rows refuse. */
  int refusing() {
    int count = 0;
    for (Verdict verdict : verdicts) {
      count += verdict.boots() ? 0 : 1;
    }
    return count;
  }

  int rows() {
    return verdicts.size();
  }

  /**
   * The verdicts across releases, in table order: {@code refuse 6.2.1 to 6.19.0; boot 7.0.0 to
   * 7.1.3}. Rows of the same releases with another config form one group; consecutive groups with
   * the same verdicts merge; a group whose configs disagree says which boots with what.
   */
  String summary() {
    List<String> parts = new ArrayList<>();
    String first = null;
    String last = null;
    Map<String, String> outcome = null;
    for (Group group : groups()) {
      if (outcome != null && sameVerdicts(group.outcome, outcome)) {
        last = group.last;
        continue;
      }
      if (outcome != null) {
        parts.add(describe(first, last, outcome));
      }
      first = group.first;
      last = group.last;
      outcome = group.outcome;
    }
    if (outcome != null) {
      parts.add(describe(first, last, outcome));
    }
    return String.join("; ", parts);
  }

  /**
   * Whether two groups say the same: one verdict for every config of each (whatever the configs),
   * or the same verdict config by config.
   */
  private static boolean sameVerdicts(Map<String, String> a, Map<String, String> b) {
    Set<String> verdictsA = new HashSet<>(a.values());
    Set<String> verdictsB = new HashSet<>(b.values());
    if (verdictsA.size() == 1 && verdictsB.size() == 1) {
      return verdictsA.equals(verdictsB);
    }
    return a.equals(b);
  }

  /** Rows of the same releases, with the verdict of each config. */
  private record Group(String first, String last, Map<String, String> outcome) {}

  private List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      LinuxRelease release = table.releases().get(i);
      Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (current == null || !current.first.equals(release.firstRead()) || !current.last.equals(release.lastRead())) {
        current = new Group(release.firstRead(), release.lastRead(), new LinkedHashMap<>());
        groups.add(current);
      }
      current.outcome.put(release.config(), verdicts.get(i).word());
    }
    return groups;
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

  void json(ObjectNode object) {
    ArrayNode provenance = object.putArray("provenance");
    for (String line : table.provenance()) {
      provenance.add(line);
    }
    ArrayNode releases = object.putArray("releases");
    for (int i = 0; i < verdicts.size(); i++) {
      LinuxRelease release = table.releases().get(i);
      ObjectNode row = releases.addObject();
      row.put("releases", release.range());
      row.put("firstRead", release.firstRead());
      row.put("lastRead", release.lastRead());
      row.put("betweenInferred", release.isRange());
      row.put("config", release.config().isEmpty() ? null : release.config());
      row.put("implReq", SevStatus.hex(release.implReq()));
      row.put("present", SevStatus.hex(release.present()));
      row.put("note", release.note().isEmpty() ? null : release.note());
      verdicts.get(i).json(row);
    }
    ArrayNode notRead = object.putArray("notRead");
    for (String gap : table.notRead()) {
      notRead.add(gap);
    }
    object.put("summary", summary());
  }

  void text(PrintWriter out) {
    out.println("Linux guests (the table embedded in snpgate; where it was read is at the end)");
    for (int i = 0; i < verdicts.size(); i++) {
      LinuxRelease release = table.releases().get(i);
      Verdict verdict = verdicts.get(i);
      out.println("  " + release.label() + ": " + verdict.sentence() + " (" + release.readStatement() + ")");
      verdict.text(out);
    }
    out.println("Linux summary   " + summary());
    out.println("not read        releases " + String.join(", ", table.notRead())
        + ": verdicts for them are inferred from the rows around them");
    out.println("Linux table");
    for (String line : table.provenance()) {
      out.println("  " + line);
    }
  }
}
