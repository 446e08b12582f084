package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SEV-SNP is active and the guest must stop before anything else runs, and tell the host why. Two
 * cases, one type (so {@code instanceof Termination} covers both):
 *
 * <ul>
 *   <li>the hypervisor enabled bits that need guest code the guest lacks: {@link #unsupported()}
 *       names them and {@link #request()} is GHCB reason set 0, code 2 (GHCB_SNP_UNSUPPORTED) with
 *       the unsupported mask in SW_EXITINFO2, as Linux sends; {@link #featureFailure()} is null;
 *   <li>a feature the guest implements failed to come up in {@link Gate#boot}: {@link
 *       #featureFailure()} names it, what failed and the features enabled before it;
 *       {@link #unsupportedMask()} is 0, and {@link #request()} is GHCB reason set 0, code 0
 *       (GHCB_SEV_ES_GEN_REQ, general request) with the failing bit's mask in SW_EXITINFO2 (see
 *       {@link GhcbTermination} for why not a Linux-specific set 1 code).
 * </ul>
 *
 * @param status the reading
 * @param guestName the guest's name
 * @param unsupportedMask {@code status & IMPL_REQ & ~PRESENT}, with the gate's effective masks; 0
 *     when a feature failed
 * @param unsupported every bit of the mask, in bit order
 * @param request what the guest sends the host
 * @param registryVersion the snpgate version that generated the registry, or empty when unknown
 * @param registryProblems what is inconsistent in the registry, empty when nothing is; the message
 *     names each and both versions
 * @param featureFailure the feature that failed to come up, or null when the guest stops for
 *     unsupported bits
 */
public record Termination(
    SevStatus status,
    String guestName,
    long unsupportedMask,
    List<UnsupportedFeature> unsupported,
    GhcbTermination request,
    String registryVersion,
    List<String> registryProblems,
    FeatureFailure featureFailure)
    implements GateDecision {

  public Termination {
    unsupported = List.copyOf(unsupported);
    registryVersion = registryVersion == null ? "" : registryVersion;
    registryProblems = List.copyOf(registryProblems);
  }

  @Override
  public boolean boots() {
    return false;
  }

  @Override
  public String message() {
    String message = featureFailure == null ? unsupportedMessage() : featureFailureMessage();
    return registryProblems.isEmpty() ? message : message + "." + RegistryCheck.describe(registryVersion, registryProblems);
  }

  private String unsupportedMessage() {
    StringBuilder out = new StringBuilder()
        .append("SEV-SNP guest ").append(guestName).append(" refuses to boot on SEV_STATUS ")
        .append(status.hex()).append(": the hypervisor enabled ").append(unsupported.size())
        .append(unsupported.size() == 1 ? " bit that needs" : " bits that need")
        .append(" guest code this guest lacks (unsupported mask ")
        .append(SevStatus.hex(unsupportedMask)).append("): ");
    for (int i = 0; i < unsupported.size(); i++) {
      UnsupportedFeature feature = unsupported.get(i);
      out.append(i == 0 ? "" : "; ").append(feature.label()).append(", ").append(feature.reason())
          .append(" (").append(feature.docsLink()).append(')');
    }
    return out.append(". Termination request: ").append(request.describe()).toString();
  }

  private String featureFailureMessage() {
    FeatureDescriptor feature = featureFailure.feature();
    List<String> before = new ArrayList<>();
    for (FeatureDescriptor enabled : featureFailure.enabledBefore()) {
      before.add(enabled.name() + " (bit " + enabled.bit() + ")");
    }
    return "SEV-SNP guest " + guestName + " stops booting on SEV_STATUS " + status.hex() + ": feature "
        + feature.name() + " (bit " + feature.bit() + ", " + feature.implementation() + ") failed to come up: "
        + featureFailure.failure() + "; features enabled before it: " + BootDecision.listOrNone(before)
        + ". Termination request: " + request.describe();
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Termination)) {
      return false;
    }
    Termination that = (Termination) other;
    return Objects.equals(status, that.status)
        && Objects.equals(guestName, that.guestName)
        && unsupportedMask == that.unsupportedMask
        && Objects.equals(unsupported, that.unsupported)
        && Objects.equals(request, that.request)
        && Objects.equals(registryVersion, that.registryVersion)
        && Objects.equals(registryProblems, that.registryProblems)
        && Objects.equals(featureFailure, that.featureFailure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, guestName, unsupportedMask, unsupported, request, registryVersion, registryProblems, featureFailure);
  }

  @Override
  public String toString() {
    return "Termination[status=" + status + ", guestName=" + guestName + ", unsupportedMask=" + unsupportedMask + ", unsupported=" + unsupported + ", request=" + request + ", registryVersion=" + registryVersion + ", registryProblems=" + registryProblems + ", featureFailure=" + featureFailure + "]";
  }
}
