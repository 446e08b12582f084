package dev.snpgate.processor.writing.docs;

import dev.snpgate.processor.model.GuestModel;
import java.util.List;

/** Writes {@code behavior.md}: GitHub-flavoured Markdown tables, an HTML anchor per bit row. */
public final class MarkdownWriter {

  public String write(GuestModel model) {
    BehaviorContent content = new BehaviorContent(model);
    StringBuilder out = new StringBuilder()
        .append("# ").append(BehaviorContent.TITLE).append(escape(content.guestName())).append("\n\n")
        .append(content.introduction()).append("\n\n")
        .append("| Mask | Value |\n|---|---|\n")
        .append("| IMPL_REQ | `").append(content.implReq()).append("` |\n")
        .append("| PRESENT | `").append(content.present()).append("` |\n");
    if (content.requiresAnything()) {
      out.append("| REQUIRED | `").append(content.required()).append("` |\n");
    }
    out.append("\n## How the guest decides\n\n");
    table(out, content.decisionHeader());
    for (List<String> row : content.decisionRows()) {
      row(out, row);
    }
    if (content.requiresAnything()) {
      out.append("\n## ").append(BehaviorContent.REQUIRED_TITLE).append("\n\n")
          .append(content.requiredSummary(hex -> "`" + hex + "`")).append("\n\n");
      for (String line : content.requiredLines(MarkdownWriter::escape)) {
        out.append("- ").append(line).append('\n');
      }
    }
    out.append("\n## Feature bits\n\n");
    table(out, BehaviorContent.BIT_HEADER);
    for (BehaviorContent.BitLine line : content.bitLines()) {
      List<String> cells = line.cells();
      out.append("| <a id=\"").append(line.anchor()).append("\"></a>").append(cells.get(0));
      for (int i = 1; i < cells.size(); i++) {
        String cell = cells.get(i);
        boolean className = i == BehaviorContent.BitLine.IMPLEMENTATION && line.implemented();
        out.append(" | ").append(className ? "`" + cell + "`" : escape(cell));
      }
      out.append(" |\n");
    }
    out.append("\n## Reserved bits\n\n");
    // Every bit has an anchor, so that a terminate message can link any bit it names.
    for (String anchor : content.reservedAnchors()) {
      out.append("<a id=\"").append(anchor).append("\"></a>");
    }
    return out.append(content.reservedAnchors().isEmpty() ? "" : "\n").append(content.reservedRule())
        .append('\n').toString();
  }

  private static void table(StringBuilder out, List<String> header) {
    row(out, header);
    out.append('|');
    for (int i = 0; i < header.size(); i++) {
      out.append("---|");
    }
    out.append('\n');
  }

  /** A row of snpgate's own words, which need no escaping. */
  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }

  /** Text from the guest's code or the catalog, as Markdown that shows it as written. */
  static String escape(String text) {
    return DocText.markdown(text);
  }
}
