package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built registry for gate tests: a guest implementing {@code presentBits}, each with a
 * feature that records the order in which the gate enables it. Tests may make a feature fail,
 * in its construction or in its {@code enable}, and set the snpgate version that "generated" it.
 */
final class TestRegistry implements FeatureRegistry {

  private final Catalog catalog;
  private final long implReq;
  private final long present;
  private final List<FeatureDescriptor> features = new ArrayList<>();
  final List<Integer> enabled = new ArrayList<>();
  /** What {@link #required()} returns: nothing required, as a registry from before REQUIRED existed. */
  long required;
  /** What {@link #snpgateVersion()} returns: empty, a registry from before versions were recorded. */
  String snpgateVersion = "";
  /** By bit: what {@code newFeature(bit)} throws. */
  final Map<Integer, Throwable> constructionFailures = new HashMap<>();
  /** By bit: what the feature's {@code enable} throws. */
  final Map<Integer, Throwable> enableFailures = new HashMap<>();

  TestRegistry(int... presentBits) {
    this(Catalog.builtIn(), Catalog.builtIn().implementationRequiredMask(), presentBits);
  }

  TestRegistry(Catalog catalog, long implReq, int... presentBits) {
    this.catalog = catalog;
    this.implReq = implReq;
    long mask = 0;
    for (int bit : presentBits) {
      mask |= 1L << bit;
      features.add(new FeatureDescriptor(bit, catalog.definition(bit).displayName(), "test.Feature" + bit,
          catalog.definition(bit).tier().needsImplementation(), "because test " + bit));
    }
    this.present = mask;
  }

  /** A registry whose PRESENT is {@code present} whatever its descriptors say. */
  static TestRegistry withPresent(long present, int... describedBits) {
    TestRegistry honest = new TestRegistry(describedBits);
    return new TestRegistry(honest, present);
  }

  private TestRegistry(TestRegistry from, long present) {
    this.catalog = from.catalog;
    this.implReq = from.implReq;
    this.present = present;
    this.required = from.required;
    this.features.addAll(from.features);
  }

  @Override
  public String guestName() {
    return "test-guest";
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  /** The bits {@link #catalog} defines otherwise than the built-in catalog, as a generated registry gives them. */
  @Override
  public long catalogOverrides() {
    long overridden = 0;
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (!catalog.definition(bit).equals(Catalog.builtIn().definition(bit))) {
        overridden |= 1L << bit;
      }
    }
    return overridden;
  }

  @Override
  public String overrideName(int bit) {
    return catalog.definition(bit).name();
  }

  @Override
  public String overrideLongName(int bit) {
    return catalog.definition(bit).longName();
  }

  @Override
  public String overrideTier(int bit) {
    return catalog.definition(bit).tier().name();
  }

  @Override
  public String overrideReference(int bit) {
    return catalog.definition(bit).reference();
  }

  @Override
  public long implReq() {
    return implReq;
  }

  @Override
  public long present() {
    return present;
  }

  @Override
  public List<FeatureDescriptor> features() {
    return features;
  }

  @Override
  public long required() {
    return required;
  }

  /** {@code test.Requirer18} for a required bit, as a generated registry names the class. */
  @Override
  public String requiredBy(int bit) {
    return (required >>> bit & 1) == 1 ? "test.Requirer" + bit : "";
  }

  @Override
  public String requiredRationale(int bit) {
    return (required >>> bit & 1) == 1 ? "cannot run without bit " + bit : "";
  }

  @Override
  public String snpgateVersion() {
    return snpgateVersion;
  }

  @Override
  public GuestFeature newFeature(int bit) {
    throwIfSet(constructionFailures.get(bit));
    return status -> {
      throwIfSet(enableFailures.get(bit));
      enabled.add(bit);
    };
  }

  private static void throwIfSet(Throwable failure) {
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
  }
}
