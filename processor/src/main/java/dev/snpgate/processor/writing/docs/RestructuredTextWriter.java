package dev.snpgate.processor.writing.docs;

import dev.snpgate.processor.model.GuestModel;
import java.util.List;

/**
 * Writes {@code behavior.rst} in the style of the kernel's {@code amd-memory-encryption.rst}: a
 * grid table for the negotiation, a list table for the bits, an explicit target per bit row.
 */
public final class RestructuredTextWriter {

  public String write(GuestModel model) {
    BehaviorContent content = new BehaviorContent(model);
    String title = BehaviorContent.TITLE + escape(content.guestName());
    StringBuilder out = new StringBuilder()
        .append(underline(title, '=', true)).append('\n')
        .append(content.introduction()).append("\n\n")
        .append("- IMPL_REQ: ``").append(content.implReq()).append("``\n")
        .append("- PRESENT: ``").append(content.present()).append("``\n");
    if (content.requiresAnything()) {
      out.append("- REQUIRED: ``").append(content.required()).append("``\n");
    }
    out.append('\n').append(underline("How the guest decides", '-', false)).append('\n');
    gridTable(out, content.decisionHeader(), content.decisionRows());
    if (content.requiresAnything()) {
      out.append('\n').append(underline(BehaviorContent.REQUIRED_TITLE, '-', false)).append('\n')
          .append(content.requiredSummary(hex -> "``" + hex + "``")).append("\n\n");
      for (String line : content.requiredLines(RestructuredTextWriter::escape)) {
        out.append("- ").append(line).append('\n');
      }
    }
    out.append('\n').append(underline("Feature bits", '-', false)).append('\n')
        .append(".. list-table::\n   :header-rows: 1\n\n");
    listRow(out, new BehaviorContent.BitLine(null, BehaviorContent.BIT_HEADER, false));
    for (BehaviorContent.BitLine line : content.bitLines()) {
      listRow(out, line);
    }
    out.append('\n').append(underline("Reserved bits", '-', false)).append('\n');
    // Every bit has a target, so that a terminate message can link any bit it names.
    for (String anchor : content.reservedAnchors()) {
      out.append(".. _").append(anchor).append(":\n");
    }
    return out.append(content.reservedAnchors().isEmpty() ? "" : "\n").append(content.reservedRule())
        .append('\n').toString();
  }

  private static String underline(String text, char mark, boolean overline) {
    String line = String.valueOf(mark).repeat(DocText.columns(text));
    return (overline ? line + "\n" : "") + text + "\n" + line + "\n";
  }

  private static void gridTable(StringBuilder out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    border(out, widths, '-');
    gridRow(out, widths, header);
    border(out, widths, '=');
    for (List<String> row : rows) {
      gridRow(out, widths, row);
      border(out, widths, '-');
    }
  }

  private static void border(StringBuilder out, int[] widths, char fill) {
    out.append('+');
    for (int width : widths) {
      out.append(String.valueOf(fill).repeat(width + 2)).append('+');
    }
    out.append('\n');
  }

  private static void gridRow(StringBuilder out, int[] widths, List<String> cells) {
    out.append('|');
    for (int i = 0; i < widths.length; i++) {
      out.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length() + 1)).append('|');
    }
    out.append('\n');
  }

  /**
   * One list-table row. A bit row starts with its explicit target and has its text escaped; the
   * header row (no anchor) is snpgate's own words.
   */
  private static void listRow(StringBuilder out, BehaviorContent.BitLine line) {
    List<String> cells = line.cells();
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "   * - " : "     - ");
      if (i == 0 && line.anchor() != null) {
        out.append(".. _").append(line.anchor()).append(":\n\n       ");
      }
      boolean className = i == BehaviorContent.BitLine.IMPLEMENTATION && line.implemented();
      String cell = cells.get(i);
      out.append(className ? "``" + cell + "``" : line.anchor() == null ? cell : escape(cell)).append('\n');
    }
  }

  /** Text from the guest's code or the catalog, as reStructuredText that shows it as written. */
  static String escape(String text) {
    return DocText.restructuredText(text);
  }
}
