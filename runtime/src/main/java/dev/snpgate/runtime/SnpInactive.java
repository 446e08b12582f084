package dev.snpgate.runtime;

/** SEV-SNP is not active (bit 2 clear): like Linux, the gate checks nothing and the guest boots. */
public record SnpInactive(SevStatus status, String guestName) implements GateDecision {

  @Override
  public boolean boots() {
    return true;
  }

  @Override
  public String message() {
    return "guest " + guestName + " boots: SEV-SNP is not active in SEV_STATUS " + status.hex()
        + ", so there are no SNP features to negotiate";
  }
}
