package com.example.guest;

import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;

/** Runs the gate on the SEV_STATUS value given as the one argument: exit 0 boots, 3 refuses. */
public final class Boot {

  private Boot() {}

  public static void main(String[] args) {
    // A real guest reads the SEV_STATUS MSR (0xc0010131) here, before anything else.
    SevStatus status = SevStatus.parse(args[0]);
    // SnpGateRegistry is generated in this package from the @SnpFeature classes.
    GateDecision decision = Gate.boot(status, SnpGateRegistry.INSTANCE);
    System.out.println(decision.message());
    if (!decision.boots()) {
      // A real guest sends ((Termination) decision).request(), unless null, to the host through the GHCB, then stops.
      System.exit(3);
    }
  }
}
