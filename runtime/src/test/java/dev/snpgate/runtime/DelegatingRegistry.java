package dev.snpgate.runtime;

import java.util.List;

/** A registry that answers as {@code delegate}; tests override the answers they break. */
class DelegatingRegistry implements FeatureRegistry {

  final TestRegistry delegate;

  DelegatingRegistry(TestRegistry delegate) {
    this.delegate = delegate;
  }

  @Override
  public String guestName() {
    return delegate.guestName();
  }

  @Override
  public long catalogOverrides() {
    return delegate.catalogOverrides();
  }

  @Override
  public long required() {
    return delegate.required();
  }

  @Override
  public String requiredBy(int bit) {
    return delegate.requiredBy(bit);
  }

  @Override
  public String requiredRationale(int bit) {
    return delegate.requiredRationale(bit);
  }

  @Override
  public String overrideName(int bit) {
    return delegate.overrideName(bit);
  }

  @Override
  public String overrideLongName(int bit) {
    return delegate.overrideLongName(bit);
  }

  @Override
  public String overrideTier(int bit) {
    return delegate.overrideTier(bit);
  }

  @Override
  public String overrideReference(int bit) {
    return delegate.overrideReference(bit);
  }

  @Override
  public long implReq() {
    return delegate.implReq();
  }

  @Override
  public long present() {
    return delegate.present();
  }

  @Override
  public List<FeatureDescriptor> features() {
    return delegate.features();
  }

  @Override
  public String snpgateVersion() {
    return delegate.snpgateVersion();
  }

  @Override
  public GuestFeature newFeature(int bit) {
    return delegate.newFeature(bit);
  }
}
