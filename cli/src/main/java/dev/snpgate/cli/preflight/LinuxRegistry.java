package dev.snpgate.cli.preflight;

import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.GuestFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux release as a registry, so the runtime's gate decides for it: the release's masks, and a
 * descriptor for each bit it implements. The gate takes IMPL_REQ together with the catalog's, which
 * for every row of the table is the row's own (a test pins that); the row's differences
 * from today's catalog (bit 23 reserved before 7.0) are what the gate then names as registry
 * problems, and {@link Verdict} explains them in Linux's terms instead.
 */
final class LinuxRegistry implements FeatureRegistry {

  private final LinuxRow row;
  private final List<FeatureDescriptor> features = new ArrayList<>();

  LinuxRegistry(LinuxRow row) {
    this.row = row;
    for (int bit = Catalog.FIRST_FEATURE_BIT; bit < Catalog.BITS; bit++) {
      if ((row.present() & (1L << bit)) != 0) {
        features.add(new FeatureDescriptor(bit, Catalog.builtIn().definition(bit).displayName(),
            row.label(), true, ""));
      }
    }
  }

  @Override
  public String guestName() {
    return row.label();
  }

  @Override
  public Catalog catalog() {
    return Catalog.builtIn();
  }

  @Override
  public long implReq() {
    return row.implReq();
  }

  @Override
  public long present() {
    return row.present();
  }

  @Override
  public List<FeatureDescriptor> features() {
    return List.copyOf(features);
  }

  /** The table has masks, not code: preflight only decides. */
  @Override
  public GuestFeature newFeature(int bit) {
    throw new UnsupportedOperationException("a Linux release from the table has no feature code");
  }
}
