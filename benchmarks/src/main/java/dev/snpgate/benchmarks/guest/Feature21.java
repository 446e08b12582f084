package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 21: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 21, name = "BenchReserved21", rationale = "Benchmark feature of bit 21.")
public final class Feature21 implements BenchFeature {

  @Override
  public int bit() {
    return 21;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
