package dev.snpgate.cli.read;

import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;

/**
 * The line every Linux SEV guest prints at boot, {@code Memory Encryption Features active: AMD SEV
 * SEV-ES SEV-SNP} (before 6.2: {@code AMD Memory Encryption Features active: SEV SEV-ES SEV-SNP}).
 * Kernels before 6.9, and the 6.1 and 6.6 longterm trees, print nothing else about SEV_STATUS: the
 * line tells bits 0 to 2 (SEV, SEV-ES, SEV-SNP) and no feature bit.
 */
final class MemoryEncryptionLine {

  /** What the line holds before the names, after any timestamp, syslog or vendor prefix. */
  static final String MARKER = "Memory Encryption Features active:";

  /** The bits the line can tell: SEV, SEV-ES and SEV-SNP. */
  static final long BITS_TOLD = 0x7;

  private MemoryEncryptionLine() {}

  static boolean isFeaturesLine(String line) {
    return line.contains(MARKER);
  }

  /**
   * The state bits the line names.
   *
   * @throws IllegalArgumentException naming the line: a name the kernel never prints there, or a
   *     line of another vendor's or of a host's memory encryption
   */
  static SevStatus parse(String line) {
    String names = line.substring(line.indexOf(MARKER) + MARKER.length()).strip();
    long value = 0;
    for (String name : names.isEmpty() ? new String[0] : names.split("\\s+")) {
      if (name.equals("AMD")) {
        continue;
      }
      if (name.equals("Intel") || name.equals("TDX")) {
        throw problem(line, "this is an Intel TDX guest, not an AMD SEV guest: it has no SEV_STATUS");
      }
      if (name.equals("SME")) {
        throw problem(line, "SME is the host's own memory encryption: this log is a host's, not an SEV guest's");
      }
      int bit = Catalog.builtIn().bitNamed(name);
      if (bit < 0 || ((1L << bit) & BITS_TOLD) == 0) {
        throw problem(line, "'" + name + "' is not a name the kernel prints on this line (SEV, SEV-ES, SEV-SNP)");
      }
      value |= 1L << bit;
    }
    return SevStatus.of(value);
  }

  private static IllegalArgumentException problem(String line, String problem) {
    return new IllegalArgumentException("\"" + line.strip() + "\": " + problem);
  }
}
