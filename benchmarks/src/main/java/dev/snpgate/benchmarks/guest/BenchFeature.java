package dev.snpgate.benchmarks.guest;

import dev.snpgate.runtime.GuestFeature;

/**
 * A feature that says its own bit at run time. snpgate's registry never needs this (the bit is in
 * the generated code); the ServiceLoader and ClassGraph alternatives do, as a user of them would.
 */
public interface BenchFeature extends GuestFeature {

  /** The SEV_STATUS bit the feature implements. */
  int bit();
}
