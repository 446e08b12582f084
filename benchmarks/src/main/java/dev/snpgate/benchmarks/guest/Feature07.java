package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 7: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 7, rationale = "Benchmark feature of bit 7.")
public final class Feature07 implements BenchFeature {

  @Override
  public int bit() {
    return 7;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
