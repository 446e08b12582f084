package dev.snpgate.baseline;

import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Tier;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The baseline file: plain text, one fact a line, so that a change reads well in review.
 *
 * <pre>
 * IMPL_REQ 0xffffffffff7dbcf8
 * PRESENT  0x0000000000040880
 * REQUIRED 0x0000000000040004
 * bit 7 DebugSwap IMPL_REQUIRED present dev.example.DebugSwap
 * bit 8 NoHostIBS NO_IMPL_NEEDED absent -
 * bit 18 SecureAVIC IMPL_REQUIRED present dev.example.SecureAvic
 * </pre>
 *
 * Read by meaning: order, spacing, blank lines and {@code #} comments do not matter. The file is
 * UTF-8, with or without a leading byte order mark. A mask is {@code 0x} (a lower-case x) followed by
 * exactly 16 hex digits, upper or lower case; every bit PRESENT sets is a feature bit with a
 * {@code bit} line.
 *
 * <p>The REQUIRED line (here: SEV-SNP and SecureAVIC) is written only for a guest that requires
 * something, and a file without one requires nothing: the baseline of a guest that requires nothing
 * reads as it did before REQUIRED existed, so no such guest drifts when snpgate is upgraded. REQUIRED
 * may hold bit 2, SEV-SNP, and feature bits, never bits 0 and 1.
 */
public final class BaselineFormat {

  private static final String IMPL_REQ = "IMPL_REQ";
  private static final String PRESENT = "PRESENT";
  private static final String REQUIRED = "REQUIRED";
  private static final String NONE = "-";
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final Pattern MASK = Pattern.compile("0x[0-9a-fA-F]{16}");
  private static final int LAST_STATE_BIT = Catalog.FIRST_FEATURE_BIT - 1;
  private static final String FEATURE_BITS = Catalog.FIRST_FEATURE_BIT + ".." + (Catalog.BITS - 1);
  /** The tiers a feature bit can have: all but STATE, which only bits 0..2 have. */
  private static final List<String> FEATURE_TIERS = Arrays.stream(Tier.values()).filter(tier -> tier != Tier.STATE)
      .map(Tier::name).collect(Collectors.toUnmodifiableList());
  private static final String FEATURE_TIER_LIST = String.join(", ", FEATURE_TIERS);

  private BaselineFormat() {}

  public static String write(String guestName, Baseline baseline) {
    StringBuilder out = new StringBuilder()
        .append("# snpgate baseline of guest ").append(guestName).append(": which hosts it accepts.\n")
        .append("# Generated; a change here changes the hosts the guest boots on. Review it like code.\n")
        .append("IMPL_REQ ").append(SevStatus.hex(baseline.implReq())).append('\n')
        .append("PRESENT  ").append(SevStatus.hex(baseline.present())).append('\n');
    if (baseline.required() != 0) {
      out.append("REQUIRED ").append(SevStatus.hex(baseline.required())).append('\n');
    }
    out.append("# bit name tier present|absent implementation\n");
    for (Baseline.Entry entry : baseline.entries().values()) {
      out.append("bit ").append(entry.bit()).append(' ').append(entry.name()).append(' ').append(entry.tier())
          .append(' ').append(entry.present() ? "present" : "absent").append(' ')
          .append(entry.implementation().isEmpty() ? NONE : entry.implementation()).append('\n');
    }
    return out.toString();
  }

  /**
   * Parses a baseline file as read from disk: UTF-8, a leading byte order mark allowed.
   *
   * @throws BaselineFormatException naming the line and what is wrong with it, also the line and
   *     column of the first byte that is not UTF-8
   */
  public static Baseline parse(byte[] file) {
    return parse(decode(file));
  }

  /**
   * Parses a baseline file's text; a leading byte order mark is ignored.
   *
   * @throws BaselineFormatException naming the line and what is wrong with it
   */
  public static Baseline parse(String text) {
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    Map<String, Long> masks = new HashMap<>();
    Map<String, Integer> maskLines = new HashMap<>();
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
        case IMPL_REQ:
        case PRESENT:
        case REQUIRED:
          if (masks.containsKey(tokens[0])) {
            throw new BaselineFormatException(lineNumber, "a second " + tokens[0] + " line");
          }
          masks.put(tokens[0], mask(tokens, lineNumber));
          maskLines.put(tokens[0], lineNumber);
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
              "'" + tokens[0] + "' is not IMPL_REQ, PRESENT, REQUIRED or bit");
      }
    }
    for (String needed : List.of(IMPL_REQ, PRESENT)) {
      if (!masks.containsKey(needed)) {
        int lastLine = Math.max(1, text.endsWith("\n") ? lines.length - 1 : lines.length);
        throw new BaselineFormatException(lastLine, "no " + needed + " line");
      }
    }
    long present = masks.get(PRESENT);
    checkPresent(present, maskLines.get(PRESENT), entries, entryLines);
    // A file without a REQUIRED line is a guest that requires nothing, as every baseline written before REQUIRED.
    long required = masks.getOrDefault(REQUIRED, 0L);
    checkRequired(required, maskLines.getOrDefault(REQUIRED, 0));
    return new Baseline(masks.get(IMPL_REQ), present, required, entries);
  }

  /** Of the state bits only SEV-SNP can be required: SNP implies SEV and SEV-ES, and a gate runs only with SNP. */
  private static void checkRequired(long required, int requiredLine) {
    long stateBelowSnp = required & ((1L << Catalog.SNP_BIT) - 1);
    if (stateBelowSnp != 0) {
      throw new BaselineFormatException(requiredLine, "REQUIRED sets bit " + Long.numberOfTrailingZeros(stateBelowSnp)
          + ", a state bit: of bits 0.." + LAST_STATE_BIT + " only bit " + Catalog.SNP_BIT + ", SEV-SNP, can be required");
    }
  }

  /** PRESENT and the {@code bit} lines must tell the same story, of feature bits only. */
  private static void checkPresent(long present, int presentLine, SortedMap<Integer, Baseline.Entry> entries,
      Map<Integer, Integer> entryLines) {
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      boolean set = (present >>> bit & 1) == 1;
      Baseline.Entry entry = entries.get(bit);
      if (set && bit < Catalog.FIRST_FEATURE_BIT) {
        throw new BaselineFormatException(presentLine, "PRESENT sets bit " + bit + ", a state bit: bits 0.."
            + LAST_STATE_BIT + " are SEV state, never features");
      }
      if (set && entry == null) {
        throw new BaselineFormatException(presentLine, "PRESENT sets bit " + bit + ", but no 'bit " + bit
            + "' line lists it");
      }
      if (entry != null && entry.present() != set) {
        throw new BaselineFormatException(entryLines.get(bit), "bit " + bit + " says "
            + (entry.present() ? "present" : "absent") + " but PRESENT on line " + presentLine + " disagrees");
      }
    }
  }

  /** The file's text; the first malformed byte is an error naming its line and column. */
  private static String decode(byte[] file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file);
    CharBuffer out = CharBuffer.allocate(file.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (file[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // The bytes before the bad one on its line decoded cleanly; an editor's column counts their characters.
      String before = new String(file, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      if (lineStart == 0 && !before.isEmpty() && before.charAt(0) == BYTE_ORDER_MARK) {
        before = before.substring(1);
      }
      int column = before.codePointCount(0, before.length()) + 1;
      throw new BaselineFormatException(line, String.format("the byte 0x%02x in column %d is not UTF-8; save the"
          + " file as UTF-8", file[offset] & 0xff, column));
    }
    out.flip();
    return out.toString();
  }

  /** Exactly {@code 0x} and 16 hex digits, as written: a shorter or decimal mask is a hand edit to look at. */
  private static long mask(String[] tokens, int lineNumber) {
    if (tokens.length != 2) {
      throw new BaselineFormatException(lineNumber, "expected '" + tokens[0] + " 0x<16 hex digits>'");
    }
    if (!MASK.matcher(tokens[1]).matches()) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[1] + "' is not 0x followed by 16 hex digits");
    }
    return Long.parseUnsignedLong(tokens[1].substring(2), 16);
  }

  private static Baseline.Entry entry(String[] tokens, int lineNumber) {
    if (tokens.length != 6) {
      throw new BaselineFormatException(lineNumber, "expected 'bit <number> <name> <tier> present|absent"
          + " <class or ->', found " + tokens.length
          + (tokens.length == 1 ? " field" : " fields"));
    }
    int bit;
    try {
      bit = Integer.parseInt(tokens[1]);
    } catch (NumberFormatException e) {
      bit = -1;
    }
    if (bit < Catalog.FIRST_FEATURE_BIT || bit >= Catalog.BITS) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[1] + "' is not a feature bit (" + FEATURE_BITS + ")");
    }
    if (!FEATURE_TIERS.contains(tokens[3])) {
      throw new BaselineFormatException(lineNumber, tokens[3].equals(Tier.STATE.name())
          ? "bit " + bit + " cannot have tier STATE, which only bits 0.." + LAST_STATE_BIT + " have; a feature bit's"
              + " tier is one of " + FEATURE_TIER_LIST
          : "'" + tokens[3] + "' is not a tier (" + FEATURE_TIER_LIST + ")");
    }
    if (!tokens[4].equals("present") && !tokens[4].equals("absent")) {
      throw new BaselineFormatException(lineNumber, "'" + tokens[4] + "' is not present or absent");
    }
    return new Baseline.Entry(bit, tokens[2], tokens[3], tokens[4].equals("present"),
        tokens[5].equals(NONE) ? "" : tokens[5]);
  }
}
