package dev.snpgate.runtime;

/**
 * What the gate decided for one SEV_STATUS reading: {@link SnpInactive}, {@link BootDecision} or
 * {@link Termination}.
 */
public sealed interface GateDecision permits SnpInactive, BootDecision, Termination {

  /** The reading the decision is about. */
  SevStatus status();

  /** Whether the guest goes on booting. */
  boolean boots();

  /** One readable paragraph for logs. */
  String message();
}
