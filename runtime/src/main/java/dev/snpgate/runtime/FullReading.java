package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate's decisions that read the registry in full ({@link RegistryCheck}): a registry whose
 * plain values the gate cannot vouch for, every refusal, and a feature that failed to come up. Kept
 * out of {@link Gate}, the class every booting guest loads: each byte of it is found, parsed and
 * verified at JVM start (docs/performance.md), and this code runs only when there is something to
 * name.
 */
final class FullReading {

  private FullReading() {}

  /** The decision with SEV-SNP active, every method of {@code registry} read and checked. */
  static GateDecision decide(SevStatus status, FeatureRegistry registry) {
    RegistryCheck check = RegistryCheck.of(registry, status.value());
    long unsupportedMask = status.value() & check.implReq & ~check.present;
    long missingMask = check.required & ~status.value();
    if (unsupportedMask != 0 || missingMask != 0) {
      return terminate(status, check, unsupportedMask, missingMask,
          unsupportedMask != 0 ? GhcbTermination.forUnsupported(unsupportedMask)
              : GhcbTermination.forMissingRequired(missingMask));
    }
    // Only the set feature bits are visited, and a list is created only when it gets an entry:
    // a boot with nothing to enable allocates no list (docs/performance.md).
    List<FeatureDescriptor> enabledFeatures = List.of();
    List<BitDefinition> enabledWithoutImplementation = List.of();
    for (long rest = status.value() & Catalog.FEATURE_BITS; rest != 0; rest &= rest - 1) {
      int bit = Long.numberOfTrailingZeros(rest);
      if ((check.present & (1L << bit)) != 0) {
        enabledFeatures = grown(enabledFeatures, check.descriptor(bit));
      } else {
        enabledWithoutImplementation = grown(enabledWithoutImplementation, check.catalog.definition(bit));
      }
    }
    return new BootDecision(status, check.guestName, enabledFeatures, enabledWithoutImplementation,
        check.registryVersion, check.problems);
  }

  /**
   * The termination with SEV-SNP inactive of a guest whose REQUIRED, {@code required}, has
   * SEV-SNP: there is no GHCB, so no request.
   */
  static Termination snpRequired(SevStatus status, FeatureRegistry registry, long required) {
    return terminate(status, RegistryCheck.of(registry, 0), 0, required & ~status.value(), null);
  }

  /** The termination of a guest whose feature at {@code bit} failed, after those of {@code enabledBits}. */
  static Termination featureFailed(SevStatus status, BootDecision boot, int bit, String failure, long enabledBits) {
    FeatureDescriptor failed = null;
    List<FeatureDescriptor> enabled = new ArrayList<>();
    for (FeatureDescriptor feature : boot.enabledFeatures()) {
      if (feature.bit() == bit) {
        failed = feature;
      } else if ((enabledBits & (1L << feature.bit())) != 0) {
        enabled.add(feature);
      }
    }
    if (failed == null) {
      // Only a registry whose descriptors changed since the gate read them: name the bit alone.
      failed = new FeatureDescriptor(bit, BitDefinition.unnamed(bit), "(no descriptor)", true, "");
    }
    return new Termination(status, boot.guestName(), 0, List.of(), 0, List.of(), GhcbTermination.forFeatureFailure(bit),
        boot.registryVersion(), boot.registryProblems(), new FeatureFailure(failed, failure, enabled));
  }

  /** {@code list} with {@code element} added: a new list in place of the shared empty one. */
  private static <T> List<T> grown(List<T> list, T element) {
    List<T> growable = list.isEmpty() ? new ArrayList<>() : list;
    growable.add(element);
    return growable;
  }

  /** The termination for the host's SEV_STATUS: every bit of both masks named; {@code request} null without a GHCB. */
  private static Termination terminate(SevStatus status, RegistryCheck check, long unsupportedMask, long missingMask,
      GhcbTermination request) {
    List<UnsupportedFeature> unsupported = new ArrayList<>();
    List<MissingFeature> missing = new ArrayList<>();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if ((unsupportedMask & (1L << bit)) != 0) {
        unsupported.add(new UnsupportedFeature(check.catalog.definition(bit)));
      }
      if ((missingMask & (1L << bit)) != 0) {
        missing.add(check.missing(bit));
      }
    }
    return new Termination(status, check.guestName, unsupportedMask, unsupported, missingMask, missing, request,
        check.registryVersion, check.problems, null);
  }
}
