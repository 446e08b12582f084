package dev.snpgate.cli.preflight;

import dev.snpgate.runtime.SevStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Linux SNP guest masks by release, embedded as data ({@code linux-guest-masks.tsv} beside this
 * class), with its provenance: the comment lines that say where each row comes from and how a
 * release without a row is answered ({@link ReleaseAnswer} follows them).
 *
 * @param provenance the table's comment lines, without {@code #}
 * @param rows the rows, in table order (by release)
 */
public record LinuxTable(List<String> provenance, List<LinuxRow> rows) {

  /** The resource beside this class. */
  public static final String RESOURCE = "linux-guest-masks.tsv";

  static final String HEADER = "release\tconfig\timpl_req\tpresent\tsource\tnote";

  /** How a row's masks were learned, as the table's header defines the words. */
  static final Set<String> SOURCES = Set.of("read", "announced", "merge", "posted", "unverified");

  private static final String SERIES_SUFFIX = ".y";

  public LinuxTable {
    provenance = List.copyOf(provenance);
    rows = List.copyOf(rows);
  }

  /** The table shipped in the CLI. */
  public static LinuxTable embedded() {
    try (InputStream in = LinuxTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the snpgate jar; rebuild it");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the table's text.
   *
   * @throws IllegalArgumentException naming the line that is not a row of six cells of the
   *     header's kinds
   */
  public static LinuxTable parse(String text) {
    List<String> provenance = new ArrayList<>();
    List<LinuxRow> rows = new ArrayList<>();
    boolean header = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        provenance.add(line.substring(1).strip());
      } else if (line.equals(HEADER)) {
        header = true;
      } else if (!line.isEmpty()) {
        if (!header) {
          throw new IllegalArgumentException("line " + (i + 1) + " comes before the header " + HEADER);
        }
        rows.add(row(line, i + 1));
      }
    }
    return new LinuxTable(provenance, rows);
  }

  private static LinuxRow row(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new IllegalArgumentException("line " + number + " has " + cells.length + " cells, not 6");
    }
    String release = cells[0];
    boolean wholeSeries = release.endsWith(SERIES_SUFFIX);
    if (!SOURCES.contains(cells[4])) {
      throw new IllegalArgumentException("line " + number + ": source '" + cells[4] + "' is not one of "
          + String.join(", ", new TreeSet<>(SOURCES)));
    }
    try {
      KernelVersion version = KernelVersion.parse(wholeSeries
          ? release.substring(0, release.length() - SERIES_SUFFIX.length()) + ".0"
          : release);
      return new LinuxRow(release, version, wholeSeries, cells[1], SevStatus.parse(cells[2]).value(),
          SevStatus.parse(cells[3]).value(), cells[4], cells[5]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    }
  }

  /**
   * The distinct config settings of the rows, in table order: of {@code option}
   * ({@code CONFIG_AMD_SECURE_AVIC}), or of every option for null.
   */
  List<String> configSettings(String option) {
    List<String> settings = new ArrayList<>();
    for (LinuxRow row : rows) {
      if (!row.config().isEmpty() && (option == null || row.configOption().equals(option))
          && !settings.contains(row.config())) {
        settings.add(row.config());
      }
    }
    return settings;
  }
}
