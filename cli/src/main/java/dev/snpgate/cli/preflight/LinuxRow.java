package dev.snpgate.cli.preflight;

/**
 * One row of the Linux table: the masks of one release (or of a stable series, for a backport
 * whose first release is not known) built with {@code config}, and how they were learned.
 *
 * @param release the release, {@code 6.18.2}, or the series, {@code 6.12.y}
 * @param version the release, or the series' first release for a series row
 * @param wholeSeries whether the row stands for a change somewhere in a stable series
 * @param config the kernel option the row depends on ({@code CONFIG_AMD_SECURE_AVIC=y}), empty for none
 * @param implReq SNP_FEATURES_IMPL_REQ
 * @param present SNP_FEATURES_PRESENT (SNP_FEATURES_IMPL from 7.1)
 * @param source how the masks were learned: read, announced, merge, posted or unverified
 * @param note what changed at this row, or empty
 */
record LinuxRow(String release, KernelVersion version, boolean wholeSeries, String config, long implReq,
    long present, String source, String note) {

  /** {@code Linux 6.18.2 with CONFIG_AMD_SECURE_AVIC=y}. */
  String label() {
    return "Linux " + release + (config.isEmpty() ? "" : " with " + config);
  }

  /** {@code read}, or {@code posted: IBPB-on-Entry backport posted for 6.6.y (March 2026)}. */
  String provenance() {
    return note.isEmpty() ? source : source + ": " + note;
  }

  /** Whether {@code other} is the same release (or series) built with another config. */
  boolean sameRelease(LinuxRow other) {
    return release.equals(other.release);
  }

  /** The option this row's config sets, {@code CONFIG_AMD_SECURE_AVIC}, or empty. */
  String configOption() {
    int equals = config.indexOf('=');
    return equals < 0 ? config : config.substring(0, equals);
  }

  /** Whether a kernel built with {@code given} may be this row: it sets no option against the row's. */
  boolean buildableWith(KernelConfig given) {
    return config.isEmpty() || given.allows(configOption(), config);
  }
}
