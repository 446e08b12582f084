package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.runtime.SevStatus;
import java.io.PrintWriter;

/** The Linux part of a preflight: every row of the table, or the answer for one release. */
interface LinuxReport {

  /** {@link ExitStatus#OK}, {@link ExitStatus#REFUSED} or {@link ExitStatus#UNDETERMINED}. */
  int exitStatus();

  /** The part's line of the result: {@code 3 of 16 Linux releases refuse this host}. */
  String result();

  void json(ObjectNode linux);

  void text(PrintWriter out);

  /** Where the table's rows come from, after the verdicts. */
  static void provenance(LinuxTable table, ObjectNode linux) {
    ArrayNode provenance = linux.putArray("provenance");
    for (String line : table.provenance()) {
      provenance.add(line);
    }
  }

  static void provenance(LinuxTable table, PrintWriter out) {
    out.println("Linux table (embedded in snpgate)");
    for (String line : table.provenance()) {
      out.println("  " + line);
    }
  }

  /** A row as JSON: the release, its config, masks and where they come from. */
  static void row(LinuxRow row, ObjectNode object) {
    object.put("release", row.release());
    object.put("config", row.config().isEmpty() ? null : row.config());
    object.put("implReq", SevStatus.hex(row.implReq()));
    object.put("present", SevStatus.hex(row.present()));
    object.put("source", row.source());
    object.put("note", row.note().isEmpty() ? null : row.note());
  }
}
