package dev.snpgate.benchmarks.jmh;

import dev.snpgate.benchmarks.guest.SnpGateRegistry;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Gate#decide} against the bare expression Linux evaluates, on the 20-feature guest's
 * generated registry, for each kind of SEV_STATUS.
 *
 * <p>{@code decide} returns what a guest branches on ({@code boots()}), as {@code bare} does: the
 * decision object is not kept, so the JIT may drop it when nothing else needs it. {@code
 * decideKept} returns the decision itself (JMH keeps it), so it shows what a decision costs when
 * the guest holds on to it, as it does to print the message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GateBenchmark {

  /** The generated registry's masks: compile-time constants, as a hand-written gate has them. */
  private static final long IMPL_REQ = SnpGateRegistry.IMPL_REQ;
  private static final long PRESENT = SnpGateRegistry.PRESENT;
  private static final long SNP = 1L << 2;

  /**
   * {@code inactive}: SEV and SEV-ES, SNP off. {@code nothing-to-enable}: SNP on, no feature bit.
   * {@code boot-2}: SNP with DebugSwap and SecureTSC. {@code terminate}: SNP with reserved bit 45.
   */
  @Param({"inactive", "nothing-to-enable", "boot-2", "terminate"})
  public String status;

  private long value;
  private SevStatus reading;
  private FeatureRegistry registry;

  @Setup
  public void setUp() {
    value = valueOf(status);
    reading = SevStatus.of(value);
    registry = SnpGateRegistry.INSTANCE;
  }

  static long valueOf(String status) {
    switch (status) {
      case "inactive":
        return 0x3L;
      case "nothing-to-enable":
        return 0x7L;
      case "boot-2":
        return 0x887L;
      case "terminate":
        return 0x7L | 1L << 45;
      default:
        throw new IllegalArgumentException(status);
    }
  }

  /** Linux's check: nothing when SNP is off, else {@code status & IMPL_REQ & ~PRESENT} must be 0. */
  @Benchmark
  public boolean bare() {
    return (value & SNP) == 0 || (value & IMPL_REQ & ~PRESENT) == 0;
  }

  @Benchmark
  public boolean decide() {
    return Gate.decide(reading, registry).boots();
  }

  @Benchmark
  public GateDecision decideKept() {
    return Gate.decide(reading, registry);
  }
}
