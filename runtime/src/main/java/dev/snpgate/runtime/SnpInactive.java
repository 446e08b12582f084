package dev.snpgate.runtime;

import java.util.Objects;

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

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SnpInactive)) {
      return false;
    }
    SnpInactive that = (SnpInactive) other;
    return Objects.equals(status, that.status)
        && Objects.equals(guestName, that.guestName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, guestName);
  }

  @Override
  public String toString() {
    return "SnpInactive[status=" + status + ", guestName=" + guestName + "]";
  }
}
