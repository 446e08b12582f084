package dev.snpgate.runtime;

/**
 * The termination request a guest sends to the hypervisor, as Linux does (GHCB specification).
 *
 * @param reasonSet the reason set, 0 (general)
 * @param reasonCode the reason code, 2 (GHCB_SNP_UNSUPPORTED)
 * @param swExitCode SW_EXITCODE of the termination NAE event (GHCB protocol 2 or later)
 * @param swExitInfo1 SW_EXITINFO1: reason set in bits 3:0, reason code in bits 11:4
 * @param swExitInfo2 SW_EXITINFO2: the unsupported mask in SEV_STATUS numbering
 * @param msrProtocolValue the GHCB MSR (0xC0010130) value for protocol 1 or no GHCB page; it cannot
 *     carry the mask
 */
public record GhcbTermination(
    int reasonSet, int reasonCode, long swExitCode, long swExitInfo1, long swExitInfo2, long msrProtocolValue) {

  /** SVM_VMGEXIT_TERM_REQUEST. */
  public static final long SVM_VMGEXIT_TERM_REQUEST = 0x8000fffeL;
  /** GHCB_MSR_TERM_REQ. */
  public static final long GHCB_MSR_TERM_REQ = 0x100L;
  /** Reason set 0: general. */
  public static final int REASON_SET_GENERAL = 0;
  /** Reason code 2 of set 0: SNP feature(s) unsupported. */
  public static final int GHCB_SNP_UNSUPPORTED = 2;

  /** The request for a guest refusing the features in {@code unsupportedMask}. */
  public static GhcbTermination forUnsupported(long unsupportedMask) {
    int set = REASON_SET_GENERAL;
    int code = GHCB_SNP_UNSUPPORTED;
    long exitInfo1 = (set & 0xfL) | (code & 0xffL) << 4;
    long msrValue = GHCB_MSR_TERM_REQ | (set & 0xfL) << 12 | (code & 0xffL) << 16;
    return new GhcbTermination(set, code, SVM_VMGEXIT_TERM_REQUEST, exitInfo1, unsupportedMask, msrValue);
  }

  /** The request in words, with every field in hex. */
  public String describe() {
    return "GHCB reason set " + reasonSet + ", code " + reasonCode + " (GHCB_SNP_UNSUPPORTED); "
        + "GHCB protocol 2 or later: SW_EXITCODE 0x" + Long.toHexString(swExitCode)
        + ", SW_EXITINFO1 0x" + Long.toHexString(swExitInfo1)
        + ", SW_EXITINFO2 " + SevStatus.hex(swExitInfo2)
        + "; GHCB protocol 1: MSR 0xc0010130 = 0x" + Long.toHexString(msrProtocolValue);
  }
}
