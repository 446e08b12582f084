package dev.snpgate.runtime;

/**
 * The line Linux prints at boot in an SEV guest (sev_show_status(), {@code pr_fmt} "SEV: "):
 * {@code SEV: Status: SEV SEV-ES SEV-SNP DebugSwap SecureTSC}, one name per set bit, read back into
 * a {@link SevStatus}. snpgate's own {@link SevStatus#names} writes the same form, with
 * {@code reserved-bit-N} for a bit that has no name.
 *
 * <p>The kernel prints only the bits it has a name for, so a reading taken from its line misses
 * every reserved bit that was set: it is a lower bound of the MSR, never more.
 */
public final class KernelStatusLine {

  /** What the kernel's line holds before the names, after any timestamp or syslog prefix. */
  public static final String MARKER = "SEV: Status:";

  /** What to give instead of a text that is not the kernel's line; every message ends with it. */
  public static final String FORM_HINT = "give the kernel's line, as in \"" + MARKER
      + " SEV SEV-ES SEV-SNP DebugSwap\": bit names as Linux prints them, reserved-bit-N for an unnamed bit";

  private KernelStatusLine() {}

  /** Whether {@code line} holds the kernel's status line (anywhere: dmesg and syslog add prefixes). */
  public static boolean isStatusLine(String line) {
    return line != null && line.contains(MARKER);
  }

  /** {@link #parse(String, Catalog)} with the built-in catalog. */
  public static SevStatus parse(String line) {
    return parse(line, Catalog.builtIn());
  }

  /**
   * The status whose set bits are the names after {@link #MARKER}, separated by whitespace; each
   * name as {@link Catalog#bitNamed} reads it.
   *
   * @throws SevStatusFormatException naming the line and the first problem: no marker, a name no
   *     bit has, or a bit named twice
   */
  public static SevStatus parse(String line, Catalog catalog) {
    if (!isStatusLine(line)) {
      throw problem(line == null ? "null" : line, "no \"" + MARKER + "\" in the line");
    }
    String names = line.substring(line.indexOf(MARKER) + MARKER.length()).strip();
    long value = 0;
    if (names.isEmpty()) {
      return SevStatus.of(value);
    }
    for (String name : names.split("\\s+")) {
      int bit = catalog.bitNamed(name);
      if (bit < 0) {
        throw problem(line, "'" + name + "' is not the name of a SEV_STATUS bit");
      }
      if ((value & (1L << bit)) != 0) {
        throw problem(line, "'" + name + "' is named twice");
      }
      value |= 1L << bit;
    }
    return SevStatus.of(value);
  }

  private static SevStatusFormatException problem(String line, String problem) {
    return new SevStatusFormatException("a kernel SEV status line", line, problem, FORM_HINT);
  }
}
