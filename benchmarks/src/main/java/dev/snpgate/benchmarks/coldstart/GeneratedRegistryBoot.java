package dev.snpgate.benchmarks.coldstart;

import dev.snpgate.benchmarks.guest.SnpGateRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;

/** (a) snpgate: the generated registry and the runtime's gate, as the README tells a guest to boot. */
public final class GeneratedRegistryBoot {

  private GeneratedRegistryBoot() {}

  public static void main(String[] args) {
    SevStatus status = SevStatus.of(Long.parseUnsignedLong(args[0], 16));
    GateDecision decision = Gate.boot(status, SnpGateRegistry.INSTANCE);
    System.out.println(decision instanceof Termination ? "terminates" : "boots");
  }
}
