package com.example.snp;

import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SevStatusFormatException;
import dev.snpgate.runtime.Termination;

/** Boots on the SEV_STATUS given as the one argument: exit 0 boots, 3 terminates, 2 bad input. */
public final class Boot {

  private Boot() {}

  public static void main(String[] args) {
    SevStatus status;
    try {
      status = SevStatus.parse(args.length == 1 ? args[0] : "");
    } catch (SevStatusFormatException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    GateDecision decision = Gate.boot(status, SnpGateRegistry.INSTANCE);
    System.out.println(decision.message());
    System.exit(decision instanceof Termination ? 3 : 0);
  }
}
