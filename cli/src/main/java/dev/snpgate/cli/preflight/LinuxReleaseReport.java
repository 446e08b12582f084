package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.preflight.ReleaseAnswer.Kind;
import dev.snpgate.cli.preflight.ReleaseAnswer.Outcome;
import java.io.PrintWriter;

/** {@code preflight --linux=RELEASE}: the answer for one release, how sure it is, and the rows behind it. */
final class LinuxReleaseReport implements LinuxReport {

  private final LinuxTable table;
  private final KernelConfig config;
  private final ReleaseAnswer answer;

  LinuxReleaseReport(LinuxTable table, KernelConfig config, ReleaseAnswer answer) {
    this.table = table;
    this.config = config;
    this.answer = answer;
  }

  private boolean undetermined() {
    return answer.verdict() == Kind.UNDETERMINED;
  }

  /** The outcome when the answer is determined. */
  private Verdict verdict() {
    return answer.outcomes().get(0).verdict();
  }

  @Override
  public int exitStatus() {
    if (undetermined()) {
      return ExitStatus.UNDETERMINED;
    }
    return verdict().boots() ? ExitStatus.OK : ExitStatus.REFUSED;
  }

  @Override
  public String result() {
    return "Linux " + answer.release() + (undetermined() ? " may boot or refuse this host: undetermined"
        : (verdict().boots() ? " boots on this host (" : " refuses this host (") + answer.verdict().word() + ")");
  }

  @Override
  public void json(ObjectNode linux) {
    linux.put("release", answer.release().toString());
    ArrayNode given = linux.putArray("config");
    config.settings().values().stream().sorted().forEach(given::add);
    linux.put("verdict", answer.verdict().word());
    if (undetermined()) {
      linux.putNull("outcome");
    } else {
      linux.put("outcome", verdict().word());
    }
    linux.put("why", answer.why());
    linux.put("toDecide", answer.toDecide().isEmpty() ? null : answer.toDecide());
    ArrayNode outcomes = linux.putArray("outcomes");
    for (Outcome outcome : answer.outcomes()) {
      ObjectNode object = outcomes.addObject();
      outcome.verdict().json(object);
      ArrayNode rows = object.putArray("rows");
      for (LinuxRow row : outcome.rows()) {
        LinuxReport.row(row, rows.addObject());
      }
    }
    LinuxReport.provenance(table, linux);
  }

  @Override
  public void text(PrintWriter out) {
    out.println("Linux " + answer.release() + ": "
        + (undetermined() ? "undetermined" : verdict().sentence() + " (" + answer.verdict().word() + ")"));
    out.println("  why         " + answer.why());
    for (Outcome outcome : answer.outcomes()) {
      out.println("  " + outcome.verdict().sentence() + (undetermined() ? " if it is like" : " as") + ":");
      for (LinuxRow row : outcome.rows()) {
        out.println("    " + row.label() + " (" + row.provenance() + ")");
      }
      outcome.verdict().text(out);
    }
    if (!answer.toDecide().isEmpty()) {
      out.println("  to decide   " + answer.toDecide());
    }
  }
}
