package dev.snpgate.benchmarks.coldstart;

import dev.snpgate.benchmarks.guest.Feature03;
import dev.snpgate.benchmarks.guest.Feature04;
import dev.snpgate.benchmarks.guest.Feature05;
import dev.snpgate.benchmarks.guest.Feature06;
import dev.snpgate.benchmarks.guest.Feature07;
import dev.snpgate.benchmarks.guest.Feature08;
import dev.snpgate.benchmarks.guest.Feature09;
import dev.snpgate.benchmarks.guest.Feature10;
import dev.snpgate.benchmarks.guest.Feature11;
import dev.snpgate.benchmarks.guest.Feature12;
import dev.snpgate.benchmarks.guest.Feature13;
import dev.snpgate.benchmarks.guest.Feature14;
import dev.snpgate.benchmarks.guest.Feature15;
import dev.snpgate.benchmarks.guest.Feature16;
import dev.snpgate.benchmarks.guest.Feature17;
import dev.snpgate.benchmarks.guest.Feature18;
import dev.snpgate.benchmarks.guest.Feature19;
import dev.snpgate.benchmarks.guest.Feature20;
import dev.snpgate.benchmarks.guest.Feature21;
import dev.snpgate.benchmarks.guest.Feature22;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.SevStatus;

/**
 * (b) What Linux does, in Java: both masks kept by hand as constants and a plain switch that
 * constructs the enabled features. No names, no messages, no registry checks: the floor a gate can
 * reach. The smoke test keeps the masks equal to the generated ones.
 */
public final class HandWrittenBoot {

  /** Catalog IMPL_REQUIRED bits and every reserved bit, as the generated registry has them. */
  static final long IMPL_REQ = 0xffffffffff7dbcf8L;
  /** Bits 3..22. */
  static final long PRESENT = 0x00000000007ffff8L;

  private HandWrittenBoot() {}

  public static void main(String[] args) {
    long status = Long.parseUnsignedLong(args[0], 16);
    System.out.println(boot(status) ? "boots" : "terminates");
  }

  static boolean boot(long status) {
    if ((status & (1L << 2)) == 0) {
      return true;
    }
    if ((status & IMPL_REQ & ~PRESENT) != 0) {
      return false;
    }
    SevStatus reading = SevStatus.of(status);
    for (int bit = 3; bit < 64; bit++) {
      if ((status & PRESENT & (1L << bit)) != 0) {
        newFeature(bit).enable(reading);
      }
    }
    return true;
  }

  private static GuestFeature newFeature(int bit) {
    switch (bit) {
      case 3: return new Feature03();
      case 4: return new Feature04();
      case 5: return new Feature05();
      case 6: return new Feature06();
      case 7: return new Feature07();
      case 8: return new Feature08();
      case 9: return new Feature09();
      case 10: return new Feature10();
      case 11: return new Feature11();
      case 12: return new Feature12();
      case 13: return new Feature13();
      case 14: return new Feature14();
      case 15: return new Feature15();
      case 16: return new Feature16();
      case 17: return new Feature17();
      case 18: return new Feature18();
      case 19: return new Feature19();
      case 20: return new Feature20();
      case 21: return new Feature21();
      case 22: return new Feature22();
      default: throw new IllegalArgumentException("no feature at bit " + bit);
    }
  }
}
