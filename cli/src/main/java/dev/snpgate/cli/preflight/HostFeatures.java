package dev.snpgate.cli.preflight;

import dev.snpgate.cli.BadInputException;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;

/**
 * The SEV features a host will enable for an SNP VM, in SEV_FEATURES (VMSA) numbering as KVM and
 * QEMU give them: a number ({@code 0x} hex or decimal) or a comma list of bit names. SNPActive
 * (bit 0) is implied, since preflight is about SNP guests.
 *
 * @param text what the operator gave
 * @param features the SEV_FEATURES value, SNPActive included
 */
public record HostFeatures(String text, long features) {

  /** SEV_FEATURES bit 0: SEV-SNP active. */
  static final long SNP_ACTIVE = 1;

  /**
   * @throws BadInputException naming the input and the problem
   */
  public static HostFeatures parse(String text) {
    String trimmed = text.strip();
    if ((!trimmed.isEmpty() && Character.isDigit(trimmed.charAt(0))) || trimmed.startsWith("-")) {
      try {
        return new HostFeatures(text, SevStatus.parseSevFeatures(text).sevFeatures() | SNP_ACTIVE);
      } catch (SevStatusFormatException e) {
        throw new BadInputException(e.getMessage() + " (--host-features is a SEV_FEATURES value or a comma list of names)");
      }
    }
    long features = SNP_ACTIVE;
    for (String name : text.split(",", -1)) {
      features |= 1L << featuresBit(text, name.strip());
    }
    return new HostFeatures(text, features);
  }

  private static int featuresBit(String text, String name) {
    if (name.isEmpty()) {
      throw new BadInputException("--host-features \"" + text + "\": an empty name in the list; give a "
          + "SEV_FEATURES value such as 0x200001, or names such as SecureAVIC,IBPBOnEntry");
    }
    int bit = Catalog.builtIn().bitNamed(name);
    if (bit < 0) {
      throw new BadInputException("--host-features \"" + text + "\": '" + name + "' is not the name of a SEV "
          + "feature; names are those `snpgate decode` prints (SecureTSC, IBPBOnEntry, reserved-bit-30, ...)");
    }
    if (bit < Catalog.SNP_BIT) {
      throw new BadInputException("--host-features \"" + text + "\": " + name + " (SEV_STATUS bit " + bit
          + ") has no SEV_FEATURES bit; SEV_FEATURES starts at SEV-SNP (SNPActive, bit 0)");
    }
    return bit - Catalog.SNP_BIT;
  }

  /** The SEV_STATUS an SNP guest reads on this host. */
  public SevStatus guestStatus() {
    return SevStatus.ofSevFeatures(features);
  }

  /** The features without those of {@code sevStatusMask} (SEV_STATUS numbering). */
  public HostFeatures without(long sevStatusMask) {
    return new HostFeatures(text, features & ~(sevStatusMask >>> Catalog.SNP_BIT) | SNP_ACTIVE);
  }

  /** The features with those of {@code sevStatusMask} (SEV_STATUS numbering) too; bits 0 and 1 have none. */
  public HostFeatures with(long sevStatusMask) {
    return new HostFeatures(text, features | sevStatusMask >>> Catalog.SNP_BIT);
  }
}
