package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SEV-SNP is active and the guest has code for every enabled bit that needs it.
 *
 * @param status the reading
 * @param guestName the guest's name
 * @param enabledFeatures the guest's implementations whose bit the hypervisor enabled, in bit order
 * @param enabledWithoutImplementation enabled feature bits that need no guest code and that the
 *     guest does not implement, in bit order
 * @param registryVersion the snpgate version that generated the registry, or empty when unknown
 * @param registryProblems what is inconsistent in the registry (another snpgate version, hand
 *     edits, failing methods), empty when nothing is; the message names each and both versions
 */
public record BootDecision(
    SevStatus status,
    String guestName,
    List<FeatureDescriptor> enabledFeatures,
    List<BitDefinition> enabledWithoutImplementation,
    String registryVersion,
    List<String> registryProblems)
    implements GateDecision {

  public BootDecision {
    enabledFeatures = List.copyOf(enabledFeatures);
    enabledWithoutImplementation = List.copyOf(enabledWithoutImplementation);
    registryVersion = registryVersion == null ? "" : registryVersion;
    registryProblems = List.copyOf(registryProblems);
  }

  @Override
  public boolean boots() {
    return true;
  }

  @Override
  public String message() {
    List<String> withCode = new ArrayList<>();
    for (FeatureDescriptor feature : enabledFeatures) {
      withCode.add(feature.name() + " (bit " + feature.bit() + ")");
    }
    List<String> withoutCode = new ArrayList<>();
    for (BitDefinition bit : enabledWithoutImplementation) {
      withoutCode.add(bit.displayName() + " (bit " + bit.bit() + ")");
    }
    String message = "SEV-SNP guest " + guestName + " boots on SEV_STATUS " + status.hex()
        + ": features enabled with the guest's implementation: " + listOrNone(withCode)
        + "; enabled, no guest code needed: " + listOrNone(withoutCode);
    return registryProblems.isEmpty() ? message : message + "." + RegistryCheck.describe(registryVersion, registryProblems);
  }

  static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BootDecision)) {
      return false;
    }
    BootDecision that = (BootDecision) other;
    return Objects.equals(status, that.status)
        && Objects.equals(guestName, that.guestName)
        && Objects.equals(enabledFeatures, that.enabledFeatures)
        && Objects.equals(enabledWithoutImplementation, that.enabledWithoutImplementation)
        && Objects.equals(registryVersion, that.registryVersion)
        && Objects.equals(registryProblems, that.registryProblems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, guestName, enabledFeatures, enabledWithoutImplementation, registryVersion, registryProblems);
  }

  @Override
  public String toString() {
    return "BootDecision[status=" + status + ", guestName=" + guestName + ", enabledFeatures=" + enabledFeatures + ", enabledWithoutImplementation=" + enabledWithoutImplementation + ", registryVersion=" + registryVersion + ", registryProblems=" + registryProblems + "]";
  }
}
