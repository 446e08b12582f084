package dev.snpgate.cli.preflight;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Tier;
import dev.snpgate.runtime.UnsupportedFeature;

/**
 * Why a Linux release refuses a bit, in Linux's terms: the release's masks against today's
 * catalog, and against the same releases built with another config.
 */
final class LinuxReasons {

  private final LinuxTable table;

  LinuxReasons(LinuxTable table) {
    this.table = table;
  }

  String why(LinuxRow row, UnsupportedFeature feature) {
    BitDefinition definition = feature.definition();
    if (definition.tier() == Tier.NO_IMPL_NEEDED) {
      return "needs no guest code, but this release's IMPL_REQ holds it: the release treats the bit as"
          + " reserved and refuses it (fail closed)";
    }
    if (definition.tier() == Tier.RESERVED) {
      return "reserved: Linux refuses it until the bit is defined (fail closed)";
    }
    for (LinuxRow sibling : table.rows()) {
      if (sibling != row && sibling.sameRelease(row) && (sibling.present() & (1L << definition.bit())) != 0) {
        return "needs guest code, which this release has only when built with " + sibling.config();
      }
    }
    return "needs guest code, which this release does not have";
  }
}
