package dev.snpgate.processor.writing;

import dev.snpgate.processor.model.BitRow;
import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.runtime.SevStatus;
import java.util.List;

/**
 * Writes {@code META-INF/snpgate/features.json}, the manifest contract tools read: schemaVersion 1,
 * the masks (IMPL_REQ, PRESENT, REQUIRED), and 64 bit entries in bit order, one per line so that a
 * change reads well in a diff.
 * Keys are only ever added.
 */
public final class ManifestWriter {

  public static final String PATH = "META-INF/snpgate/features.json";
  public static final int SCHEMA_VERSION = 1;

  public String write(GuestModel model) {
    StringBuilder json = new StringBuilder()
        .append("{\n")
        .append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n")
        .append("  \"guest\": ").append(string(model.guestName())).append(",\n")
        .append("  \"registry\": ").append(string(model.registryClass())).append(",\n")
        .append("  \"implReq\": ").append(string(SevStatus.hex(model.implReq()))).append(",\n")
        .append("  \"present\": ").append(string(SevStatus.hex(model.present()))).append(",\n")
        .append("  \"required\": ").append(string(SevStatus.hex(model.required()))).append(",\n")
        .append("  \"bits\": [\n");
    List<BitRow> rows = model.bits();
    for (int i = 0; i < rows.size(); i++) {
      BitRow row = rows.get(i);
      json.append("    {\"bit\": ").append(row.bit())
          .append(", \"name\": ").append(string(row.definition().displayName()))
          .append(", \"longName\": ").append(string(row.definition().longName()))
          .append(", \"tier\": ").append(string(row.definition().tier().name()))
          .append(", \"implRequired\": ").append(row.implRequired())
          .append(", \"present\": ").append(row.present())
          .append(", \"implementation\": ")
          .append(row.implementation().isPresent() ? string(row.implementation().get().canonicalName()) : "null")
          .append(", \"rationale\": ")
          .append(row.implementation().isPresent() && !row.implementation().get().rationale().isEmpty()
              ? string(row.implementation().get().rationale()) : "null")
          .append(", \"reference\": ")
          .append(nullWhenEmpty(row.definition().reference()))
          .append(", \"origin\": ")
          .append(row.implementation().isPresent() && !row.implementation().get().origin().isEmpty()
              ? string(row.implementation().get().origin()) : "null")
          .append(", \"definedBy\": ").append(nullWhenEmpty(row.definedBy()))
          .append(", \"required\": ").append(row.required())
          .append(", \"requiredBy\": ").append(nullWhenEmpty(row.requiredBy()))
          .append(", \"requiredRationale\": ").append(nullWhenEmpty(row.requiredRationale()))
          .append(i + 1 < rows.size() ? "},\n" : "}\n");
    }
    return json.append("  ]\n}\n").toString();
  }

  /** A JSON string, or null for an empty text: the manifest's way of saying there is none. */
  private static String nullWhenEmpty(String value) {
    return value.isEmpty() ? "null" : string(value);
  }

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
