package dev.snpgate.cli.preflight;

import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Linux SNP guest masks by release, embedded as data: a byte-for-byte copy of the project's
 * fact sheet {@code linux-guest-masks.tsv} (a test pins it), with its provenance, the comment
 * lines that say where each row was read.
 *
 * @param provenance the table's comment lines, without {@code #}
 * @param releases the rows, in table order
 */
public record LinuxTable(List<String> provenance, List<LinuxRelease> releases) {

  /** The resource beside this class. */
  public static final String RESOURCE = "linux-guest-masks.tsv";

  static final String HEADER = "first_read\tlast_read\tconfig\timpl_req\tpresent\tnote";

  public LinuxTable {
    provenance = List.copyOf(provenance);
    releases = List.copyOf(releases);
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
   * @throws IllegalArgumentException naming the line that is not a row of six cells
   */
  public static LinuxTable parse(String text) {
    List<String> provenance = new ArrayList<>();
    List<LinuxRelease> releases = new ArrayList<>();
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
        releases.add(row(line, i + 1));
      }
    }
    return new LinuxTable(provenance, releases);
  }

  private static LinuxRelease row(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new IllegalArgumentException("line " + number + " has " + cells.length + " cells, not 6");
    }
    try {
      return new LinuxRelease(cells[0], cells[1], cells[2], SevStatus.parse(cells[3]).value(),
          SevStatus.parse(cells[4]).value(), cells[5]);
    } catch (SevStatusFormatException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    }
  }

  /**
   * The releases no row covers: between the ranges of two rows, and after the last; a verdict for
   * them is an inference from the rows around them.
   */
  public List<String> notRead() {
    List<String> gaps = new ArrayList<>();
    LinuxRelease previous = null;
    for (LinuxRelease release : releases) {
      if (previous != null && !previous.sameReleases(release)) {
        gaps.add("between " + previous.lastRead() + " and " + release.firstRead());
      }
      previous = release;
    }
    if (previous != null) {
      gaps.add("after " + previous.lastRead());
    }
    return gaps;
  }
}
