package dev.snpgate.cli.preflight;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.Gate;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.MissingFeature;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import dev.snpgate.runtime.UnsupportedFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether one guest boots on a host, decided by the runtime's gate; for a refusal, the bits that
 * refuse (the host enables them and the guest lacks their code) and the bits missing (the guest
 * requires them and the host leaves them off), why, and the host features with the first turned off
 * and the second on, decided again to show the guest then boots.
 *
 * @param guest the guest's label
 * @param refusing the bits that refuse, in bit order, each with why; empty when the guest boots
 * @param missing the required bits the host leaves off, in bit order, each with who requires it
 *     and why; empty when the guest boots
 * @param turnedOff the host's features changed so: the refusing bits off, the missing bits on; the
 *     host's own when it boots
 * @param bootsTurnedOff whether the gate boots the guest on {@code turnedOff}
 */
public record Verdict(String guest, List<Refusal> refusing, List<Refusal> missing, HostFeatures turnedOff,
    boolean bootsTurnedOff) {

  /** One refusing or missing bit and why it refuses. */
  public record Refusal(BitDefinition definition, String reason) {}

  /** What a missing bit's reason says before who requires it. */
  static final String LEFT_OFF = "the host leaves it off; ";

  public Verdict {
    refusing = List.copyOf(refusing);
    missing = List.copyOf(missing);
  }

  /**
   * @param why why a bit refuses, in the guest's terms
   */
  static Verdict of(String guest, FeatureRegistry registry, HostFeatures host, Function<UnsupportedFeature, String> why) {
    GateDecision decision = Gate.decide(host.guestStatus(), registry);
    if (!(decision instanceof Termination termination)) {
      return new Verdict(guest, List.of(), List.of(), host, true);
    }
    List<Refusal> refusing = new ArrayList<>();
    for (UnsupportedFeature feature : termination.unsupported()) {
      refusing.add(new Refusal(feature.definition(), why.apply(feature)));
    }
    List<Refusal> missing = new ArrayList<>();
    for (MissingFeature feature : termination.missing()) {
      missing.add(new Refusal(feature.definition(), LEFT_OFF + feature.reason()));
    }
    HostFeatures changed = host.without(termination.unsupportedMask()).with(termination.missingMask());
    return new Verdict(guest, refusing, missing, changed, Gate.decide(changed.guestStatus(), registry).boots());
  }

  public boolean boots() {
    return refusing.isEmpty() && missing.isEmpty();
  }

  /**
   * The bits the host enables that refuse, SEV_STATUS numbering; 0 when none does, also for a guest
   * refused only for required features the host leaves off.
   */
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

  /**
   * {@code boots}, {@code refuses IBPBOnEntry, SecureAVIC}, {@code refuses without SecureAVIC} (a
   * required feature the host leaves off), or both joined by {@code and}.
   */
  public String sentence() {
    if (boots()) {
      return "boots";
    }
    List<String> parts = new ArrayList<>();
    if (!refusing.isEmpty()) {
      parts.add("refuses " + names(refusing));
    }
    if (!missing.isEmpty()) {
      parts.add("refuses without " + names(missing));
    }
    return String.join(" and ", parts);
  }

  /** The bits by name, comma separated. */
  private static String names(List<Refusal> bits) {
    List<String> names = new ArrayList<>();
    for (Refusal refusal : bits) {
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
    ArrayNode left = object.putArray("missing");
    for (Refusal refusal : missing) {
      left.add(DecodedStatus.bitJson(refusal.definition()).put("reason", refusal.reason()));
    }
    // Both name the one host that boots the guest: the refusing bits off and the missing bits on.
    if (!refusing.isEmpty()) {
      changeJson(object.putObject("turnOff"));
    }
    if (!missing.isEmpty()) {
      changeJson(object.putObject("turnOn"));
    }
  }

  private void changeJson(ObjectNode change) {
    change.put("hostFeatures", SevStatus.hex(turnedOff.features()));
    change.put("boots", bootsTurnedOff);
  }

  /** The lines under the guest's heading: why each bit refuses, and what to turn off. */
  public void text(PrintWriter out) {
    List<Refusal> bits = new ArrayList<>(refusing);
    bits.addAll(missing);
    for (Refusal refusal : bits) {
      BitDefinition definition = refusal.definition();
      out.println("    bit " + definition.bit() + " " + definition.displayName() + " (SEV_FEATURES bit "
          + definition.sevFeaturesBit() + "): " + refusal.reason());
    }
    if (!boots()) {
      List<String> changes = new ArrayList<>();
      if (!refusing.isEmpty()) {
        changes.add("turn off " + names(refusing));
      }
      if (!missing.isEmpty()) {
        changes.add("turn on " + names(missing));
      }
      out.println("    to boot it, " + String.join(" and ", changes) + ": host SEV_FEATURES "
          + SevStatus.hex(turnedOff.features()) + (bootsTurnedOff ? "" : ", which it still refuses"));
    }
  }
}
