package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 15: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 15, name = "BenchReserved15", rationale = "Benchmark feature of bit 15.")
public final class Feature15 implements BenchFeature {

  @Override
  public int bit() {
    return 15;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
