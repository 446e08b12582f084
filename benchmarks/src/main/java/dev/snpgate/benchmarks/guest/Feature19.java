package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 19: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 19, name = "BenchReserved19", rationale = "Benchmark feature of bit 19.")
public final class Feature19 implements BenchFeature {

  @Override
  public int bit() {
    return 19;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
