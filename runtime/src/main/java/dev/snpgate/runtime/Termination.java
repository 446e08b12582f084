package dev.snpgate.runtime;

import java.util.List;

/**
 * SEV-SNP is active and the hypervisor enabled bits that need guest code the guest lacks: the guest
 * must stop before anything else runs, and tell the host why.
 *
 * @param status the reading
 * @param guestName the guest's name
 * @param unsupportedMask {@code status & IMPL_REQ & ~PRESENT}
 * @param unsupported every bit of the mask, in bit order
 * @param request what the guest sends the host
 */
public record Termination(
    SevStatus status,
    String guestName,
    long unsupportedMask,
    List<UnsupportedFeature> unsupported,
    GhcbTermination request)
    implements GateDecision {

  public Termination {
    unsupported = List.copyOf(unsupported);
  }

  @Override
  public boolean boots() {
    return false;
  }

  @Override
  public String message() {
    StringBuilder out = new StringBuilder()
        .append("SEV-SNP guest ").append(guestName).append(" refuses to boot on SEV_STATUS ")
        .append(status.hex()).append(": the hypervisor enabled ").append(unsupported.size())
        .append(unsupported.size() == 1 ? " bit" : " bits")
        .append(" that need guest code this guest lacks (unsupported mask ")
        .append(SevStatus.hex(unsupportedMask)).append("): ");
    for (int i = 0; i < unsupported.size(); i++) {
      UnsupportedFeature feature = unsupported.get(i);
      out.append(i == 0 ? "" : "; ").append(feature.label()).append(", ").append(feature.reason())
          .append(" (behavior.md#").append(feature.docsAnchor()).append(')');
    }
    return out.append(". Termination request: ").append(request.describe()).toString();
  }
}
