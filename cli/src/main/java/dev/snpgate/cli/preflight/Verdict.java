package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import dev.snpgate.runtime.UnsupportedFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether one guest boots on a host, decided by the runtime's gate; for a refusal, the bits that
 * refuse, why, and the host features without them, decided again to show the guest then boots.
 *
 * @param guest the guest's label
 * @param refusing the bits that refuse, in bit order, each with why; empty when the guest boots
 * @param turnedOff the host's features without the refusing bits; the host's own when it boots
 * @param bootsTurnedOff whether the gate boots the guest on {@code turnedOff}
 */
public record Verdict(String guest, List<Refusal> refusing, HostFeatures turnedOff, boolean bootsTurnedOff) {

  /** One refusing bit and why it refuses. */
  public record Refusal(BitDefinition definition, String reason) {}

  public Verdict {
    refusing = List.copyOf(refusing);
  }

  /**
   * @param why why a bit refuses, in the guest's terms
   */
  static Verdict of(String guest, FeatureRegistry registry, HostFeatures host, Function<UnsupportedFeature, String> why) {
    GateDecision decision = Gate.decide(host.guestStatus(), registry);
    if (!(decision instanceof Termination termination)) {
      return new Verdict(guest, List.of(), host, true);
    }
    List<Refusal> refusing = new ArrayList<>();
    for (UnsupportedFeature feature : termination.unsupported()) {
      refusing.add(new Refusal(feature.definition(), why.apply(feature)));
    }
    HostFeatures without = host.without(termination.unsupportedMask());
    return new Verdict(guest, refusing, without, Gate.decide(without.guestStatus(), registry).boots());
  }

  public boolean boots() {
    return refusing.isEmpty();
  }

  /** The bits that refuse, SEV_STATUS numbering; 0 when the guest boots. */
  public long refusingMask() {
    long mask = 0;
    for (Refusal refusal : refusing) {
      mask |= 1L << refusal.definition().bit();
    }
    return mask;
  }

  /** {@code boot} or {@code refuse}. */
  public String word() {
    return boots() ? "boot" : "refuse";
  }

  /** {@code boots}, or {@code refuses IBPBOnEntry, SecureAVIC}. */
  public String sentence() {
    return boots() ? "boots" : "refuses " + refusingNames();
  }

  /** The refusing bits by name, comma separated. */
  public String refusingNames() {
    List<String> names = new ArrayList<>();
    for (Refusal refusal : refusing) {
      names.add(refusal.definition().displayName());
    }
    return String.join(", ", names);
  }

  public void json(ObjectNode object) {
    object.put("outcome", word());
    ArrayNode bits = object.putArray("refusing");
    for (Refusal refusal : refusing) {
      bits.add(DecodedStatus.bitJson(refusal.definition()).put("reason", refusal.reason()));
    }
    if (!boots()) {
      ObjectNode turnOff = object.putObject("turnOff");
      turnOff.put("hostFeatures", SevStatus.hex(turnedOff.features()));
      turnOff.put("boots", bootsTurnedOff);
    }
  }

  /** The lines under the guest's heading: why each bit refuses, and what to turn off. */
  public void text(PrintWriter out) {
    for (Refusal refusal : refusing) {
      BitDefinition definition = refusal.definition();
      out.println("    bit " + definition.bit() + " " + definition.displayName() + " (SEV_FEATURES bit "
          + definition.sevFeaturesBit() + "): " + refusal.reason());
    }
    if (!boots()) {
      out.println("    to boot it, turn off " + refusingNames() + ": host SEV_FEATURES "
          + SevStatus.hex(turnedOff.features()) + (bootsTurnedOff ? "" : ", which it still refuses"));
    }
  }
}
