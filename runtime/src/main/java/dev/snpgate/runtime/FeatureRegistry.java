package dev.snpgate.runtime;

import java.util.List;

/**
 * What the snpgate processor generates for a guest: its masks, its feature implementations and a
 * factory for them, all in plain code (no reflection, no service loading).
 */
public interface FeatureRegistry {

  /** The guest's name. */
  String guestName();

  /** The catalog the masks were computed from: the built-in one with the guest's overrides. */
  Catalog catalog();

  /** Bits that need a guest implementation: catalog IMPL_REQUIRED bits and every reserved bit. */
  long implReq();

  /** Bits this guest implements. */
  long present();

  /** The guest's feature implementations, in bit order. */
  List<FeatureDescriptor> features();

  /**
   * A new instance of the implementation of {@code bit}.
   *
   * @throws IllegalArgumentException if this guest implements no feature at {@code bit}
   */
  GuestFeature newFeature(int bit);
}
