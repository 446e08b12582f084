package dev.snpgate.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built registry for gate tests: a guest implementing {@code presentBits}, each with a
 * feature that records the order in which the gate enables it.
 */
final class TestRegistry implements FeatureRegistry {

  private final Catalog catalog;
  private final long implReq;
  private final long present;
  private final List<FeatureDescriptor> features = new ArrayList<>();
  final List<Integer> enabled = new ArrayList<>();

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
  public GuestFeature newFeature(int bit) {
    return status -> enabled.add(bit);
  }
}
