package dev.snpgate.runtime;

/**
 * The built-in catalog's data, from the AMD APM vol. 2 (SEV_STATUS MSR) and Linux 7.1
 * ({@code sev_status_feat_names}). Plain code, not a resource: the gate runs at boot, where reading
 * and parsing a file would cost start-up time.
 */
final class BuiltInBits {

  private BuiltInBits() {}

  static BitDefinition[] definitions() {
    BitDefinition[] bits = new BitDefinition[Catalog.BITS];
    bits[0] = defined(0, "SEV", "SEV enabled", Tier.STATE);
    bits[1] = defined(1, "SEV-ES", "SEV-ES enabled", Tier.STATE);
    bits[2] = defined(2, "SEV-SNP", "SEV-SNP enabled", Tier.STATE);
    bits[3] = defined(3, "vTom", "Virtual TOM", Tier.IMPL_REQUIRED);
    bits[4] = defined(4, "ReflectVC", "Reflect #VC", Tier.IMPL_REQUIRED);
    bits[5] = defined(5, "RI", "Restricted Injection", Tier.IMPL_REQUIRED);
    bits[6] = defined(6, "AI", "Alternate Injection", Tier.IMPL_REQUIRED);
    bits[7] = defined(7, "DebugSwap", "Debug register virtualization (DebugSwap)", Tier.IMPL_REQUIRED);
    bits[8] = defined(8, "NoHostIBS", "Prevent host IBS", Tier.NO_IMPL_NEEDED);
    bits[9] = defined(9, "BTBIsol", "BTB isolation", Tier.NO_IMPL_NEEDED);
    bits[10] = defined(10, "VmplSSS", "VMPL supervisor shadow stack", Tier.IMPL_REQUIRED);
    bits[11] = defined(11, "SecureTSC", "Secure TSC", Tier.IMPL_REQUIRED);
    bits[12] = defined(12, "VMGExitParam", "VMGEXIT parameter", Tier.IMPL_REQUIRED);
    bits[14] = defined(14, "IBSVirt", "IBS virtualization", Tier.NO_IMPL_NEEDED);
    bits[16] = defined(16, "VMSARegProt", "VMSA register protection", Tier.IMPL_REQUIRED);
    bits[17] = defined(17, "SMTProt", "SMT protection", Tier.NO_IMPL_NEEDED);
    bits[18] = defined(18, "SecureAVIC", "Secure AVIC", Tier.IMPL_REQUIRED);
    bits[23] = defined(23, "IBPBOnEntry", "IBPB on entry", Tier.NO_IMPL_NEEDED);
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (bits[bit] == null) {
        bits[bit] = new BitDefinition(bit, "", "(reserved)", Tier.RESERVED, "");
      }
    }
    return bits;
  }

  private static BitDefinition defined(int bit, String name, String longName, Tier tier) {
    return new BitDefinition(bit, name, longName, tier, "");
  }
}
