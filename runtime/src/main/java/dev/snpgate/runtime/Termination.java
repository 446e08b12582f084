package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The guest must stop before anything else runs, and tell the host why when it can. Three cases,
 * one type (so {@code instanceof Termination} covers all):
 *
 * <ul>
 *   <li>SEV-SNP is active and the host's SEV_STATUS does not fit the guest: it enabled bits that
 *       need guest code the guest lacks ({@link #unsupported()}), or left off features the guest
 *       requires ({@link #missing()}), or both, all named in one decision. {@link #request()} is
 *       GHCB reason set 0, code 2 (GHCB_SNP_UNSUPPORTED) with the unsupported mask in
 *       SW_EXITINFO2, as Linux sends, when anything is unsupported; else set 0, code 0 (general
 *       request) with the missing mask (see {@link GhcbTermination} for why);
 *       {@link #featureFailure()} is null;
 *   <li>SEV-SNP is not active and the guest runs only as an SEV-SNP guest: {@link #missing()}
 *       names SEV-SNP (bit 2) and every other required bit the status lacks. {@link #request()} is
 *       null: without SEV-SNP there is no GHCB to send a request through, so the guest stops by
 *       itself (a kernel halts; a JVM process exits);
 *   <li>a feature the guest implements failed to come up in {@link Gate#boot}: {@link
 *       #featureFailure()} names it, what failed and the features enabled before it;
 *       both masks are 0, and {@link #request()} is GHCB reason set 0, code 0
 *       (GHCB_SEV_ES_GEN_REQ, general request) with the failing bit's mask in SW_EXITINFO2 (see
 *       {@link GhcbTermination} for why not a Linux-specific set 1 code).
 * </ul>
 *
 * @param status the reading
 * @param guestName the guest's name
 * @param unsupportedMask {@code status & IMPL_REQ & ~PRESENT}, with the gate's effective masks; 0
 *     when SEV-SNP is inactive or a feature failed
 * @param unsupported every bit of the unsupported mask, in bit order
 * @param missingMask {@code REQUIRED & ~status}, with the gate's effective REQUIRED; 0 when a
 *     feature failed
 * @param missing every bit of the missing mask, in bit order, with who requires it and why
 * @param request what the guest sends the host; null when SEV-SNP is not active (no GHCB)
 * @param registryVersion the snpgate version that generated the registry, or empty when unknown
 * @param registryProblems what is inconsistent in the registry, empty when nothing is; the message
 *     names each and both versions
 * @param featureFailure the feature that failed to come up, or null when the guest stops for
 *     its host's SEV_STATUS
 */
public record Termination(
    SevStatus status,
    String guestName,
    long unsupportedMask,
    List<UnsupportedFeature> unsupported,
    long missingMask,
    List<MissingFeature> missing,
    GhcbTermination request,
    String registryVersion,
    List<String> registryProblems,
    FeatureFailure featureFailure)
    implements GateDecision {

  public Termination {
    unsupported = List.copyOf(unsupported);
    missing = List.copyOf(missing);
    registryVersion = registryVersion == null ? "" : registryVersion;
    registryProblems = List.copyOf(registryProblems);
  }

  @Override
  public boolean boots() {
    return false;
  }

  @Override
  public String message() {
    String message = featureFailure != null ? featureFailureMessage()
        : request == null ? snpRequiredMessage() : hostMismatchMessage();
    return registryProblems.isEmpty() ? message : message + "." + RegistryCheck.describe(registryVersion, registryProblems);
  }

  private String hostMismatchMessage() {
    StringBuilder out = new StringBuilder()
        .append("SEV-SNP guest ").append(guestName).append(" refuses to boot on SEV_STATUS ")
        .append(status.hex()).append(": ");
    if (!unsupported.isEmpty()) {
      out.append("the hypervisor enabled ").append(unsupported.size())
          .append(unsupported.size() == 1 ? " bit that needs" : " bits that need")
          .append(" guest code this guest lacks (unsupported mask ")
          .append(SevStatus.hex(unsupportedMask)).append("): ");
      for (int i = 0; i < unsupported.size(); i++) {
        UnsupportedFeature feature = unsupported.get(i);
        out.append(i == 0 ? "" : "; ").append(feature.label()).append(", ").append(feature.reason())
            .append(" (").append(feature.docsLink()).append(')');
      }
      out.append(missing.isEmpty() ? "" : "; and ");
    }
    if (!missing.isEmpty()) {
      out.append("the hypervisor left off ").append(missing.size())
          .append(missing.size() == 1 ? " feature this guest requires" : " features this guest requires")
          .append(" (missing mask ").append(SevStatus.hex(missingMask)).append("): ");
      appendMissing(out);
    }
    return out.append(". Termination request: ").append(request.describe()).toString();
  }

  private String snpRequiredMessage() {
    StringBuilder out = new StringBuilder()
        .append("guest ").append(guestName).append(" refuses to boot on SEV_STATUS ").append(status.hex())
        .append(": it runs only as an SEV-SNP guest, and SEV-SNP is not active (missing mask ")
        .append(SevStatus.hex(missingMask)).append("): ");
    appendMissing(out);
    return out.append(". No termination request: without SEV-SNP there is no GHCB to send one through;"
        + " the guest stops by itself").toString();
  }

  private void appendMissing(StringBuilder out) {
    for (int i = 0; i < missing.size(); i++) {
      MissingFeature feature = missing.get(i);
      out.append(i == 0 ? "" : "; ").append(feature.label()).append(", ").append(feature.reason())
          .append(" (").append(feature.docsLink()).append(')');
    }
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
        && missingMask == that.missingMask
        && Objects.equals(missing, that.missing)
        && Objects.equals(request, that.request)
        && Objects.equals(registryVersion, that.registryVersion)
        && Objects.equals(registryProblems, that.registryProblems)
        && Objects.equals(featureFailure, that.featureFailure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, guestName, unsupportedMask, unsupported, missingMask, missing, request, registryVersion, registryProblems, featureFailure);
  }

  @Override
  public String toString() {
    return "Termination[status=" + status + ", guestName=" + guestName + ", unsupportedMask=" + unsupportedMask + ", unsupported=" + unsupported + ", missingMask=" + missingMask + ", missing=" + missing + ", request=" + request + ", registryVersion=" + registryVersion + ", registryProblems=" + registryProblems + ", featureFailure=" + featureFailure + "]";
  }
}
