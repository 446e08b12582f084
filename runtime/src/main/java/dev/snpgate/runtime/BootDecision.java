package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SEV-SNP is active and the guest has code for every enabled bit that needs it.
 *
 * <p>A value with a record's accessors, equals, hashCode and toString, but a class: for a
 * consistent registry the gate hands it the registry and the enabled bits, and the feature
 * descriptors and bit definitions are read only when first asked for, so a guest that branches on
 * {@link #boots()} loads neither (the boot path's class budget, docs/performance.md).
 */
public final class BootDecision implements GateDecision {

  private final SevStatus status;
  private final String guestName;
  private final String registryVersion;
  private final List<String> registryProblems;
  /** The bits of {@link #enabledFeatures()}. */
  private final long featureBits;
  /** The bits of {@link #enabledWithoutImplementation()}. */
  private final long withoutImplementationBits;
  /** The registry the lists are read from when first asked for; null once they are, or when given. */
  private FeatureRegistry unread;
  private List<FeatureDescriptor> enabledFeatures;
  private List<BitDefinition> enabledWithoutImplementation;

  /**
   * @param status the reading
   * @param guestName the guest's name
   * @param enabledFeatures the guest's implementations whose bit the hypervisor enabled, in bit order
   * @param enabledWithoutImplementation enabled feature bits that need no guest code and that the
   *     guest does not implement, in bit order
   * @param registryVersion the snpgate version that generated the registry, or empty when unknown
   * @param registryProblems what is inconsistent in the registry (another snpgate version, hand
   *     edits, failing methods), empty when nothing is; the message names each and both versions
   */
  public BootDecision(SevStatus status, String guestName, List<FeatureDescriptor> enabledFeatures,
      List<BitDefinition> enabledWithoutImplementation, String registryVersion, List<String> registryProblems) {
    this.status = status;
    this.guestName = guestName;
    this.enabledFeatures = List.copyOf(enabledFeatures);
    this.enabledWithoutImplementation = List.copyOf(enabledWithoutImplementation);
    this.registryVersion = registryVersion == null ? "" : registryVersion;
    this.registryProblems = List.copyOf(registryProblems);
    long bits = 0;
    for (FeatureDescriptor feature : this.enabledFeatures) {
      bits |= 1L << feature.bit();
    }
    this.featureBits = bits;
    long without = 0;
    for (BitDefinition definition : this.enabledWithoutImplementation) {
      without |= 1L << definition.bit();
    }
    this.withoutImplementationBits = without;
  }

  /** The decision on a consistent {@code registry}, whose lists are read when first asked for. */
  BootDecision(SevStatus status, String guestName, FeatureRegistry registry, long featureBits,
      long withoutImplementationBits, String registryVersion) {
    this.status = status;
    this.guestName = guestName;
    this.unread = registry;
    this.featureBits = featureBits;
    this.withoutImplementationBits = withoutImplementationBits;
    this.registryVersion = registryVersion;
    this.registryProblems = List.of();
  }

  /** The reading. */
  @Override
  public SevStatus status() {
    return status;
  }

  /** The guest's name. */
  public String guestName() {
    return guestName;
  }

  /** The guest's implementations whose bit the hypervisor enabled, in bit order. */
  public List<FeatureDescriptor> enabledFeatures() {
    read();
    return enabledFeatures;
  }

  /** Enabled feature bits that need no guest code and that the guest does not implement, in bit order. */
  public List<BitDefinition> enabledWithoutImplementation() {
    read();
    return enabledWithoutImplementation;
  }

  /** The snpgate version that generated the registry, or empty when unknown. */
  public String registryVersion() {
    return registryVersion;
  }

  /** What is inconsistent in the registry, empty when nothing is. */
  public List<String> registryProblems() {
    return registryProblems;
  }

  /** The bits of {@link #enabledFeatures()}, for the gate to enable without reading descriptors. */
  long featureBits() {
    return featureBits;
  }

  /**
   * Reads the lists from the registry, once. The gate found it consistent, so every enabled
   * feature bit has a descriptor; one that has gone since is left out rather than thrown on.
   */
  private synchronized void read() {
    if (unread == null) {
      return;
    }
    RegistryCheck check = RegistryCheck.of(unread, status.value());
    enabledFeatures = check.descriptors(featureBits);
    enabledWithoutImplementation = check.definitions(withoutImplementationBits);
    unread = null;
  }

  @Override
  public boolean boots() {
    return true;
  }

  @Override
  public String message() {
    List<String> withCode = new ArrayList<>();
    for (FeatureDescriptor feature : enabledFeatures()) {
      withCode.add(feature.name() + " (bit " + feature.bit() + ")");
    }
    List<String> withoutCode = new ArrayList<>();
    for (BitDefinition bit : enabledWithoutImplementation()) {
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

  // equals, hashCode and toString are written out, as a record's would be, without the compiler's
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic, which costs milliseconds of
  // JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BootDecision)) {
      return false;
    }
    BootDecision that = (BootDecision) other;
    return Objects.equals(status, that.status)
        && Objects.equals(guestName, that.guestName)
        && Objects.equals(enabledFeatures(), that.enabledFeatures())
        && Objects.equals(enabledWithoutImplementation(), that.enabledWithoutImplementation())
        && Objects.equals(registryVersion, that.registryVersion)
        && Objects.equals(registryProblems, that.registryProblems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, guestName, enabledFeatures(), enabledWithoutImplementation(), registryVersion,
        registryProblems);
  }

  @Override
  public String toString() {
    return "BootDecision[status=" + status + ", guestName=" + guestName + ", enabledFeatures=" + enabledFeatures()
        + ", enabledWithoutImplementation=" + enabledWithoutImplementation() + ", registryVersion=" + registryVersion
        + ", registryProblems=" + registryProblems + "]";
  }
}
