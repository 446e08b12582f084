package dev.snpgate.baseline;

/**
 * One bit whose meaning changed against the baseline.
 *
 * @param bit the SEV_STATUS bit
 * @param impact how the change affects the hosts the guest accepts
 * @param description what changed and what follows, e.g. {@code PRESENT gained bit 11 SecureTSC
 *     (dev.example.SecureTsc): this guest will now boot on hosts that enable it}
 * @param lostPresent whether PRESENT lost the bit
 * @param masksChanged whether IMPL_REQ, PRESENT or REQUIRED changed on the bit; when none did, only a
 *     name, tier or implementing class changed
 */
public record Drift(int bit, Impact impact, String description, boolean lostPresent, boolean masksChanged) {

  /**
   * How a change affects the hosts a guest accepts, judged for two sets of hosts: those that enable
   * the bit (refused when IMPL_REQ holds it and PRESENT does not) and those that do not (refused
   * when REQUIRED holds it).
   */
  public enum Impact {
    /**
     * The guest accepts hosts it refused, and refuses none it accepted: PRESENT gained a bit that
     * IMPL_REQ holds, IMPL_REQ lost a bit the guest does not implement, or REQUIRED lost a bit.
     */
    COMPATIBLE("compatible"),
    /**
     * The guest now refuses hosts it accepted, whatever else it now accepts: PRESENT lost a bit that
     * IMPL_REQ holds, IMPL_REQ gained a bit the guest does not implement, or REQUIRED gained a bit.
     */
    BREAKING("breaking"),
    /**
     * The same hosts are accepted: a mask changed on a bit where that decides nothing (PRESENT on
     * a bit that needs no implementation, IMPL_REQ on an implemented bit, or changes that cancel
     * out), or only a name, tier or implementing class changed.
     */
    SAME_HOSTS("same hosts accepted");

    private final String label;

    Impact(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
