package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 11: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 11, rationale = "Benchmark feature of bit 11.")
public final class Feature11 implements BenchFeature {

  @Override
  public int bit() {
    return 11;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
