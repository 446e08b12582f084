package dev.snpgate.benchmarks.coldstart;

import dev.snpgate.benchmarks.guest.SnpGateRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;

/**
 * (a) snpgate: the generated registry and the runtime's gate, booting as docs/performance.md shows
 * it: the guest branches on {@code boots()}, so {@code Termination} is loaded only on the way to stop.
 */
public final class GeneratedRegistryBoot {

  private GeneratedRegistryBoot() {}

  public static void main(String[] args) {
    SevStatus status = SevStatus.of(Long.parseUnsignedLong(args[0], 16));
    GateDecision decision = Gate.boot(status, SnpGateRegistry.INSTANCE);
    if (!decision.boots()) {
      // The guest must stop: with SEV-SNP active it sends the request to the host through the GHCB;
      // a guest that requires SEV-SNP and finds it inactive has no GHCB, and no request.
      Termination termination = (Termination) decision;
      if (termination.request() != null) {
        System.out.println(termination.request().describe());
      }
      System.exit(3);
    }
    System.out.println("boots");
  }
}
