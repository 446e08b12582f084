package a;

import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

@SnpFeature(bit = 7, rationale = "The hardware swaps debug registers.")
public final class DebugSwap implements GuestFeature {
  @Override
  public void enable(SevStatus status) {}
}
