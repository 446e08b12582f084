package dev.snpgate.cli.preflight;

import java.util.IdentityHashMap;
import java.util.Map;

/** The gate's verdict for every row of the Linux table on one host, each decided once. */
final class RowVerdicts {

  private final Map<LinuxRow, Verdict> verdicts = new IdentityHashMap<>();

  RowVerdicts(LinuxTable table, HostFeatures host) {
    LinuxReasons reasons = new LinuxReasons(table);
    for (LinuxRow row : table.rows()) {
      verdicts.put(row, Verdict.of(row.label(), new LinuxRegistry(row), host, feature -> reasons.why(row, feature)));
    }
  }

  Verdict of(LinuxRow row) {
    return verdicts.get(row);
  }
}
