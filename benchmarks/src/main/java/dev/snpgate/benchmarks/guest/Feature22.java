package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 22: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 22, name = "BenchReserved22", rationale = "Benchmark feature of bit 22.")
public final class Feature22 implements BenchFeature {

  @Override
  public int bit() {
    return 22;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
