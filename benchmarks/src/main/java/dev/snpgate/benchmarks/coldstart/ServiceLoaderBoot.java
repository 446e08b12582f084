package dev.snpgate.benchmarks.coldstart;

import dev.snpgate.benchmarks.guest.BenchFeature;
import dev.snpgate.runtime.SevStatus;
import java.util.ServiceLoader;

/**
 * (c) Features found with {@link ServiceLoader} ({@code META-INF/services}): PRESENT is learnt at
 * run time by instantiating every provider (only an instance can say its bit); IMPL_REQ is kept
 * by hand as in (b).
 */
public final class ServiceLoaderBoot {

  private ServiceLoaderBoot() {}

  public static void main(String[] args) {
    long status = Long.parseUnsignedLong(args[0], 16);
    System.out.println(boot(status) ? "boots" : "terminates");
  }

  static boolean boot(long status) {
    if ((status & (1L << 2)) == 0) {
      return true;
    }
    BenchFeature[] byBit = new BenchFeature[64];
    long present = 0;
    for (BenchFeature feature : ServiceLoader.load(BenchFeature.class)) {
      byBit[feature.bit()] = feature;
      present |= 1L << feature.bit();
    }
    if ((status & HandWrittenBoot.IMPL_REQ & ~present) != 0) {
      return false;
    }
    SevStatus reading = SevStatus.of(status);
    for (int bit = 3; bit < 64; bit++) {
      if ((status & present & (1L << bit)) != 0) {
        byBit[bit].enable(reading);
      }
    }
    return true;
  }
}
