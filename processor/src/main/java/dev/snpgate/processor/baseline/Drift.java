package dev.snpgate.processor.baseline;

/**
 * One bit whose meaning changed against the baseline.
 *
 * @param bit the SEV_STATUS bit
 * @param impact how the change affects the hosts the guest accepts
 * @param description what changed and what follows, e.g. {@code PRESENT gained bit 11 SecureTSC
 *     (dev.example.SecureTsc): this guest will now boot on hosts that enable it}
 */
public record Drift(int bit, Impact impact, String description) {

  /** How a change affects the hosts a guest accepts. */
  public enum Impact {
    /** The guest now accepts more hosts: PRESENT gained a bit or IMPL_REQ lost one. */
    COMPATIBLE("compatible"),
    /** The guest now refuses hosts it accepted: PRESENT lost a bit or IMPL_REQ gained one. */
    BREAKING("breaking"),
    /** Names, tiers or implementing classes changed; the masks did not. */
    MASKS_UNCHANGED("masks unchanged");

    private final String label;

    Impact(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
