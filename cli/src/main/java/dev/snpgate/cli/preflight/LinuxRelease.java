package dev.snpgate.cli.preflight;

/**
 * One row of the Linux table: the masks of the releases from {@code firstRead} to {@code lastRead}
 * built with {@code config}. Only the two ends were read; the releases between are inferred.
 *
 * @param firstRead the first release read
 * @param lastRead the last release read (the same as firstRead for a single release)
 * @param config the kernel option the row depends on, empty for none
 * @param implReq SNP_FEATURES_IMPL_REQ
 * @param present SNP_FEATURES_PRESENT (SNP_FEATURES_IMPL from 7.1)
 * @param note what changed at this row, or empty
 */
public record LinuxRelease(String firstRead, String lastRead, String config, long implReq, long present, String note) {

  /** {@code 6.2.1 to 6.5.0}, or {@code 6.14.0}. */
  public String range() {
    return isRange() ? firstRead + " to " + lastRead : firstRead;
  }

  /** {@code Linux 6.17.0 to 6.19.0 with CONFIG_AMD_SECURE_AVIC=y}. */
  public String label() {
    return "Linux " + range() + (config.isEmpty() ? "" : " with " + config);
  }

  /** Which releases were read, and that the rest is inferred. */
  public String readStatement() {
    return isRange()
        ? "read " + firstRead + " and " + lastRead + "; releases between them inferred"
        : "read " + firstRead;
  }

  /** Whether the row stands for more releases than the ones read. */
  public boolean isRange() {
    return !firstRead.equals(lastRead);
  }

  /** Whether {@code other} is the same releases built with another config. */
  boolean sameReleases(LinuxRelease other) {
    return firstRead.equals(other.firstRead) && lastRead.equals(other.lastRead);
  }
}
