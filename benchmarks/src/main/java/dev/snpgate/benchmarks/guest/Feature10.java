package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.SevStatus;

/** Benchmark feature of bit 10: enabling it does nothing, so the benchmarks time the gate alone. */
@SnpFeature(bit = 10, rationale = "Benchmark feature of bit 10.")
public final class Feature10 implements BenchFeature {

  @Override
  public int bit() {
    return 10;
  }

  @Override
  public void enable(SevStatus status) {
    // Nothing to turn on: a real feature programs hardware here.
  }
}
