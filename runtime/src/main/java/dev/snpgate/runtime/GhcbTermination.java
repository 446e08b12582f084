package dev.snpgate.runtime;

import java.util.Objects;

/**
 * The termination request a guest sends to the hypervisor (GHCB specification), in both forms: the
 * termination NAE event of GHCB protocol 2 or later, and the GHCB MSR value of protocol 1, which
 * carries only the reason set and code.
 *
 * <p>The gate sends one of two requests:
 * <ul>
 *   <li>{@link #forUnsupported}: the hypervisor enabled bits that need guest code the guest lacks.
 *       Reason set 0 (general), code 2 (GHCB_SNP_UNSUPPORTED), SW_EXITINFO2 the unsupported mask,
 *       exactly as Linux does.
 *   <li>{@link #forFeatureFailure}: the guest has the feature's code, but enabling it failed. Reason
 *       set 0, code 0 (GHCB_SEV_ES_GEN_REQ, "general request"), SW_EXITINFO2 the failing bit's mask
 *       in SEV_STATUS numbering. Linux stops in this case with a code of its Linux-specific set 1
 *       (10 GHCB_TERM_SECURE_TSC, 12 GHCB_TERM_SAVIC_FAIL), but set 1 names Linux's own code paths
 *       and has no code for an arbitrary feature; and code 2 would tell the host the guest lacks the
 *       feature, which is false, so a host could wrongly retry without it. Set 0 code 0 is defined
 *       by the GHCB specification itself, so every host decodes it, and KVM logs SW_EXITINFO2 with
 *       it ("reason 0x0 info 0x800"): the bit names the feature. Through the MSR protocol the host
 *       sees only "general request" ({@code 0x100}).
 *   <li>{@link #forMissingRequired}: the host left off features the guest requires (and enabled
 *       nothing the guest lacks). Reason set 0, code 0 (general request), SW_EXITINFO2 the missing
 *       mask, {@code REQUIRED & ~SEV_STATUS}. Code 2 would tell the host the guest cannot handle
 *       these bits, the opposite of the truth, and set 1 is Linux's own code paths (Linux has no
 *       required-feature check). The host tells a missing bit from a failed feature by what it
 *       enabled: a failed feature's bit is one it enabled, a missing one is a bit it did not.
 *       When the host also enabled bits the guest lacks, the guest sends {@link #forUnsupported}
 *       (what Linux sends) and its message names the missing features too: one request carries
 *       one mask.
 * </ul>
 *
 * <p>A guest that runs only as an SEV-SNP guest and finds SEV-SNP inactive sends nothing: there is
 * no SEV-SNP GHCB to send it through ({@link Termination#request()} is null), so it stops by
 * itself (a kernel halts; a JVM process exits).
 *
 * @param reasonSet the reason set: 0 (general)
 * @param reasonCode the reason code: 2 (GHCB_SNP_UNSUPPORTED) or 0 (GHCB_SEV_ES_GEN_REQ)
 * @param swExitCode SW_EXITCODE of the termination NAE event (GHCB protocol 2 or later)
 * @param swExitInfo1 SW_EXITINFO1: reason set in bits 3:0, reason code in bits 11:4
 * @param swExitInfo2 SW_EXITINFO2: the unsupported mask, the missing mask, or the failing feature's
 *     bit, in SEV_STATUS numbering
 * @param msrProtocolValue the GHCB MSR (0xC0010130) value for protocol 1 or no GHCB page; it cannot
 *     carry SW_EXITINFO2
 */
public record GhcbTermination(
    int reasonSet, int reasonCode, long swExitCode, long swExitInfo1, long swExitInfo2, long msrProtocolValue) {

  /** SVM_VMGEXIT_TERM_REQUEST. */
  public static final long SVM_VMGEXIT_TERM_REQUEST = 0x8000fffeL;
  /** GHCB_MSR_TERM_REQ. */
  public static final long GHCB_MSR_TERM_REQ = 0x100L;
  /** Reason set 0: general. */
  public static final int REASON_SET_GENERAL = 0;
  /** Reason code 0 of set 0: general request. */
  public static final int GHCB_SEV_ES_GEN_REQ = 0;
  /** Reason code 2 of set 0: SNP feature(s) unsupported. */
  public static final int GHCB_SNP_UNSUPPORTED = 2;

  /** The request for a guest refusing the features in {@code unsupportedMask}: set 0, code 2. */
  public static GhcbTermination forUnsupported(long unsupportedMask) {
    return of(REASON_SET_GENERAL, GHCB_SNP_UNSUPPORTED, unsupportedMask);
  }

  /**
   * The request for a guest whose implementation of {@code bit} failed to come up: set 0, code 0
   * (general request), SW_EXITINFO2 {@code 1 << bit}. See the class description for why.
   *
   * @throws IllegalArgumentException if {@code bit} is outside 0..63
   */
  public static GhcbTermination forFeatureFailure(int bit) {
    SevStatus.checkBit(bit);
    return of(REASON_SET_GENERAL, GHCB_SEV_ES_GEN_REQ, 1L << bit);
  }

  /**
   * The request for a guest refusing a host that left off the required features in
   * {@code missingMask}: set 0, code 0 (general request), SW_EXITINFO2 the mask. See the class
   * description for why.
   */
  public static GhcbTermination forMissingRequired(long missingMask) {
    return of(REASON_SET_GENERAL, GHCB_SEV_ES_GEN_REQ, missingMask);
  }

  private static GhcbTermination of(int set, int code, long exitInfo2) {
    long exitInfo1 = (set & 0xfL) | (code & 0xffL) << 4;
    long msrValue = GHCB_MSR_TERM_REQ | (set & 0xfL) << 12 | (code & 0xffL) << 16;
    return new GhcbTermination(set, code, SVM_VMGEXIT_TERM_REQUEST, exitInfo1, exitInfo2, msrValue);
  }

  /** The request in words, with every field in hex. */
  public String describe() {
    return "GHCB reason set " + reasonSet + ", code " + reasonCode + codeName()
        + "; GHCB protocol 2 or later: SW_EXITCODE 0x" + Long.toHexString(swExitCode)
        + ", SW_EXITINFO1 0x" + Long.toHexString(swExitInfo1)
        + ", SW_EXITINFO2 " + SevStatus.hex(swExitInfo2)
        + "; GHCB protocol 1: MSR 0xc0010130 = 0x" + Long.toHexString(msrProtocolValue);
  }

  /** {@code " (GHCB_SNP_UNSUPPORTED)"} for the codes the gate sends, empty for others. */
  private String codeName() {
    if (reasonSet != REASON_SET_GENERAL) {
      return "";
    }
    if (reasonCode == GHCB_SNP_UNSUPPORTED) {
      return " (GHCB_SNP_UNSUPPORTED)";
    }
    return reasonCode == GHCB_SEV_ES_GEN_REQ ? " (GHCB_SEV_ES_GEN_REQ)" : "";
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GhcbTermination)) {
      return false;
    }
    GhcbTermination that = (GhcbTermination) other;
    return reasonSet == that.reasonSet
        && reasonCode == that.reasonCode
        && swExitCode == that.swExitCode
        && swExitInfo1 == that.swExitInfo1
        && swExitInfo2 == that.swExitInfo2
        && msrProtocolValue == that.msrProtocolValue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reasonSet, reasonCode, swExitCode, swExitInfo1, swExitInfo2, msrProtocolValue);
  }

  @Override
  public String toString() {
    return "GhcbTermination[reasonSet=" + reasonSet + ", reasonCode=" + reasonCode + ", swExitCode=" + swExitCode + ", swExitInfo1=" + swExitInfo1 + ", swExitInfo2=" + swExitInfo2 + ", msrProtocolValue=" + msrProtocolValue + "]";
  }
}
