package dev.snpgate.processor.baseline;

import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;
import dev.snpgate.runtime.Tier;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The baseline file: plain text, one fact a line, so that a change reads well in review.
 *
 * <pre>
 * IMPL_REQ 0xffffffffff7dbcf8
 * PRESENT  0x0000000000040880
 * bit 7 DebugSwap IMPL_REQUIRED present dev.example.DebugSwap
 * bit 8 NoHostIBS NO_IMPL_NEEDED absent -
 * </pre>
 *
 * Read by meaning: order, spacing, blank lines and {@code #} comments do not matter.
 */
public final class BaselineFormat {

  /** Where every compilation writes the baseline it has now, for the build-phase check. */
  public static final String CLASS_OUTPUT_PATH = "META-INF/snpgate/baseline.txt";
  private static final String NONE = "-";

  private BaselineFormat() {}

  public static String write(String guestName, Baseline baseline) {
    StringBuilder out = new StringBuilder()
        .append("# snpgate baseline of guest ").append(guestName).append(": which hosts it accepts.\n")
        .append("# Generated; a change here changes the hosts the guest boots on. Review it like code.\n")
        .append("IMPL_REQ ").append(SevStatus.hex(baseline.implReq())).append('\n')
        .append("PRESENT  ").append(SevStatus.hex(baseline.present())).append('\n')
        .append("# bit name tier present|absent implementation\n");
    for (Baseline.Entry entry : baseline.entries().values()) {
      out.append("bit ").append(entry.bit()).append(' ').append(entry.name()).append(' ').append(entry.tier())
          .append(' ').append(entry.present() ? "present" : "absent").append(' ')
          .append(entry.implementation().isEmpty() ? NONE : entry.implementation()).append('\n');
    }
    return out.toString();
  }

  /**
   * Parses a baseline file's text.
   *
   * @throws BaselineFormatException naming the line and what is wrong with it
   */
  public static Baseline parse(String text) {
    Long implReq = null;
    Long present = null;
    int presentLine = 0;
    SortedMap<Integer, Baseline.Entry> entries = new TreeMap<>();
    Map<Integer, Integer> entryLines = new TreeMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int index = 0; index < lines.length; index++) {
      int lineNumber = index + 1;
      String line = lines[index].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] tokens = line.split("\\s+");
      switch (tokens[0]) {
        case "IMPL_REQ":
          if (implReq != null) {
            throw new BaselineFormatException(lineNumber, "a second IMPL_REQ line");
          }
          implReq = mask(tokens, lineNumber);
          break;
        case "PRESENT":
          if (present != null) {
            throw new BaselineFormatException(lineNumber, "a second PRESENT line");
          }
          present = mask(tokens, lineNumber);
          presentLine = lineNumber;
          break;
        case "bit":
          Baseline.Entry entry = entry(tokens, lineNumber);
          if (entries.put(entry.bit(), entry) != null) {
            throw new BaselineFormatException(lineNumber, "bit " + entry.bit() + " is listed twice");
          }
          entryLines.put(entry.bit(), lineNumber);
          break;
        default:
          throw new BaselineFormatException(lineNumber,
              "'" + tokens[0] + "' is not IMPL_REQ, PRESENT or bit");
      }
    }
    if (implReq == null || present == null) {
      int lastLine = Math.max(1, text.endsWith("\n") ? lines.length - 1 : lines.length);
      throw new BaselineFormatException(lastLine, "no " + (implReq == null ? "IMPL_REQ" : "PRESENT") + " line");
    }
    for (Baseline.Entry entry : entries.values()) {
      if (entry.present() != ((present >>> entry.bit() & 1) == 1)) {
        throw new BaselineFormatException(entryLines.get(entry.bit()), "bit " + entry.bit() + " says "
            + (entry.present() ? "present" : "absent") + " but PRESENT on line " + presentLine + " disagrees");
      }
    }
    return new Baseline(implReq, present, entries);
  }

  private static long mask(String[] tokens, int lineNumber) {
    if (tokens.length != 2) {
      throw new BaselineFormatException(lineNumber, "expected '" + tokens[0] + " 0x<16 hex digits>'");
    }
    try {
      return SevStatus.parse(tokens[1]).value();
    } catch (SevStatusFormatException e) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[1] + "' is not a 64-bit mask");
    }
  }

  private static Baseline.Entry entry(String[] tokens, int lineNumber) {
    if (tokens.length != 6) {
      throw new BaselineFormatException(lineNumber, "expected 'bit <number> <name> <tier> present|absent"
          + " <class or ->', found " + tokens.length + " fields");
    }
    int bit;
    try {
      bit = Integer.parseInt(tokens[1]);
    } catch (NumberFormatException e) {
      bit = -1;
    }
    if (bit < 3 || bit > 63) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[1] + "' is not a feature bit (3..63)");
    }
    try {
      Tier.valueOf(tokens[3]);
    } catch (IllegalArgumentException e) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[3] + "' is not a tier (IMPL_REQUIRED,"
          + " NO_IMPL_NEEDED, RESERVED)");
    }
    if (!tokens[4].equals("present") && !tokens[4].equals("absent")) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[4] + "' is not present or absent");
    }
    return new Baseline.Entry(bit, tokens[2], tokens[3], tokens[4].equals("present"),
        tokens[5].equals(NONE) ? "" : tokens[5]);
  }
}
