package dev.snpgate.runtime;

import java.util.List;

/**
 * SEV-SNP is active and the guest has code for every enabled bit that needs it.
 *
 * @param status the reading
 * @param guestName the guest's name
 * @param enabledFeatures the guest's implementations whose bit the hypervisor enabled, in bit order
 * @param enabledWithoutImplementation enabled feature bits that need no guest code and that the
 *     guest does not implement, in bit order
 */
public record BootDecision(
    SevStatus status,
    String guestName,
    List<FeatureDescriptor> enabledFeatures,
    List<BitDefinition> enabledWithoutImplementation)
    implements GateDecision {

  public BootDecision {
    enabledFeatures = List.copyOf(enabledFeatures);
    enabledWithoutImplementation = List.copyOf(enabledWithoutImplementation);
  }

  @Override
  public boolean boots() {
    return true;
  }

  @Override
  public String message() {
    StringBuilder out = new StringBuilder()
        .append("SEV-SNP guest ").append(guestName).append(" boots on SEV_STATUS ")
        .append(status.hex()).append(": features enabled with the guest's implementation: ");
    if (enabledFeatures.isEmpty()) {
      out.append("none");
    }
    for (int i = 0; i < enabledFeatures.size(); i++) {
      FeatureDescriptor feature = enabledFeatures.get(i);
      out.append(i == 0 ? "" : ", ").append(feature.name()).append(" (bit ").append(feature.bit()).append(')');
    }
    out.append("; enabled, no guest code needed: ");
    if (enabledWithoutImplementation.isEmpty()) {
      out.append("none");
    }
    for (int i = 0; i < enabledWithoutImplementation.size(); i++) {
      BitDefinition bit = enabledWithoutImplementation.get(i);
      out.append(i == 0 ? "" : ", ").append(bit.displayName()).append(" (bit ").append(bit.bit()).append(')');
    }
    return out.toString();
  }
}
