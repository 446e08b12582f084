package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 13: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 13, name = "BenchReserved13", rationale = "Benchmark feature of bit 13.")
public final class Feature13 implements BenchFeature {

  @Override
  public int bit() {
    return 13;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
