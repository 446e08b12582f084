package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 20: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 20, name = "BenchReserved20", rationale = "Benchmark feature of bit 20.")
public final class Feature20 implements BenchFeature {

  @Override
  public int bit() {
    return 20;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
