package dev.snpgate.cli.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.ExitStatus;
import dev.snpgate.cli.Json;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.BootDecision;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.GateDecision;
import dev.snpgate.runtime.GhcbTermination;
import dev.snpgate.runtime.MissingFeature;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Termination;
import dev.snpgate.runtime.UnsupportedFeature;
import java.io.PrintWriter;
import java.util.List;

/**
 * A decision of the runtime's gate, as {@code check} and {@code preflight} print it: the kind,
 * each unsupported bit with why, each missing required bit with who requires it and why, the GHCB
 * request (or that there is none), or the features enabled and why the guest has
 * them. Only presentation: every fact is the decision's.
 */
public final class DecisionView {

  /** The decision kinds, as JSON names them. */
  public static final String BOOT = "boot";
  public static final String SNP_INACTIVE = "snp-inactive";
  public static final String TERMINATE = "terminate";

  /** What a missing bit's line says before who requires it. */
  static final String LEFT_OFF = "the host left it off";

  /** The line in place of the GHCB request when there is none to send. */
  static final String NO_REQUEST = "no GHCB request: without SEV-SNP there is no GHCB to send one through; the guest"
      + " stops by itself";

  private final GateDecision decision;
  private final Catalog catalog;

  /** {@code catalog} is the guest's, which names the bits of its enabled features. */
  public DecisionView(GateDecision decision, Catalog catalog) {
    this.decision = decision;
    this.catalog = catalog;
  }

  /** {@link #BOOT}, {@link #SNP_INACTIVE} or {@link #TERMINATE}. */
  public String kind() {
    if (decision instanceof Termination) {
      return TERMINATE;
    }
    return decision instanceof BootDecision ? BOOT : SNP_INACTIVE;
  }

  /** The example guest's exit status for this decision. */
  public int exitStatus() {
    return decision.boots() ? ExitStatus.OK : ExitStatus.REFUSED;
  }

  public void json(ObjectNode object) {
    object.put("decision", kind());
    object.put("boots", decision.boots());
    if (decision instanceof Termination termination) {
      object.put("unsupportedMask", SevStatus.hex(termination.unsupportedMask()));
      ArrayNode unsupported = object.putArray("unsupported");
      for (UnsupportedFeature feature : termination.unsupported()) {
        ObjectNode bit = DecodedStatus.bitJson(feature.definition());
        bit.put("reserved", feature.reserved());
        bit.put("reason", feature.reason());
        bit.put("docs", feature.docsLink());
        unsupported.add(bit);
      }
      object.put("missingMask", SevStatus.hex(termination.missingMask()));
      ArrayNode missing = object.putArray("missing");
      for (MissingFeature feature : termination.missing()) {
        missing.add(missingJson(feature));
      }
      object.set("request", termination.request() == null ? NullNode.getInstance() : requestJson(termination.request()));
      problems(object, termination.registryProblems());
    } else if (decision instanceof BootDecision boot) {
      ArrayNode enabled = object.putArray("enabledFeatures");
      for (FeatureDescriptor feature : boot.enabledFeatures()) {
        ObjectNode bit = DecodedStatus.bitJson(catalog.definition(feature.bit()));
        bit.put("implementation", feature.implementation());
        bit.put("rationale", feature.rationale().isEmpty() ? null : feature.rationale());
        enabled.add(bit);
      }
      ArrayNode withoutCode = object.putArray("enabledWithoutImplementation");
      for (BitDefinition definition : boot.enabledWithoutImplementation()) {
        withoutCode.add(DecodedStatus.bitJson(definition));
      }
      problems(object, boot.registryProblems());
    }
    object.put("message", decision.message());
  }

  public void text(PrintWriter out) {
    if (decision instanceof Termination termination) {
      out.println("decision      terminate: " + terminationHeading(termination));
      for (UnsupportedFeature feature : termination.unsupported()) {
        out.println("  " + feature.label() + sevFeatures(feature.bit()) + ": " + feature.reason()
            + " (" + feature.docsLink() + ")");
      }
      for (MissingFeature feature : termination.missing()) {
        out.println("  " + missingText(feature, LEFT_OFF + "; " + feature.reason()));
      }
      GhcbTermination request = termination.request();
      if (request == null) {
        out.println("  " + NO_REQUEST);
      } else {
        out.println("  GHCB request, GHCB protocol >= 2: SW_EXITCODE 0x" + Long.toHexString(request.swExitCode())
            + " SW_EXITINFO1 0x" + Long.toHexString(request.swExitInfo1())
            + " SW_EXITINFO2 " + SevStatus.hex(request.swExitInfo2()));
        out.println("  GHCB request, GHCB protocol 1: MSR 0xc0010130 = 0x" + Long.toHexString(request.msrProtocolValue()));
      }
      problemsText(out, termination.registryProblems());
    } else if (decision instanceof BootDecision boot) {
      out.println("decision      boot");
      for (FeatureDescriptor feature : boot.enabledFeatures()) {
        out.println("  enabled  bit " + feature.bit() + " " + feature.name() + " (" + feature.implementation() + ")"
            + (feature.rationale().isEmpty() ? "" : ": " + feature.rationale()));
      }
      for (BitDefinition definition : boot.enabledWithoutImplementation()) {
        out.println("  enabled  bit " + definition.bit() + " " + definition.displayName() + ": no guest code needed");
      }
      problemsText(out, boot.registryProblems());
    } else {
      out.println("decision      boot: SEV-SNP is not active, so there are no SNP features to negotiate");
    }
    out.println("message       " + decision.message());
  }

  /**
   * Why the guest stops, with the masks that say so: the unsupported mask alone, as before REQUIRED
   * existed, when nothing required is missing.
   */
  private static String terminationHeading(Termination termination) {
    String missingMask = "missing mask " + SevStatus.hex(termination.missingMask());
    if (termination.request() == null) {
      return "the guest runs only as an SEV-SNP guest, and SEV-SNP is not active (" + missingMask + ")";
    }
    String unsupportedMask = "unsupported mask " + SevStatus.hex(termination.unsupportedMask());
    String masks = termination.missing().isEmpty() ? unsupportedMask
        : termination.unsupported().isEmpty() ? missingMask : unsupportedMask + ", " + missingMask;
    return "the guest refuses this host (" + masks + ")";
  }

  /**
   * A required bit the status lacks, as JSON: the bit, who requires it and why (null when the
   * guest does not say), the reason as a sentence and the link to the guest's docs. {@code decode
   * --manifest} lists them too.
   */
  public static ObjectNode missingJson(MissingFeature feature) {
    ObjectNode bit = DecodedStatus.bitJson(feature.definition());
    bit.put("requiredBy", feature.requiredBy().isEmpty() ? null : feature.requiredBy());
    bit.put("rationale", feature.rationale().isEmpty() ? null : feature.rationale());
    bit.put("reason", feature.reason());
    bit.put("docs", feature.docsLink());
    return bit;
  }

  /**
   * A required bit the status lacks, for a person: {@code bit 18 SecureAVIC (Secure AVIC)
   * (SEV_FEATURES bit 16): } then {@code why} and the link to the guest's docs.
   */
  public static String missingText(MissingFeature feature, String why) {
    return feature.label() + sevFeatures(feature.bit()) + ": " + why + " (" + feature.docsLink() + ")";
  }

  /** {@code " (SEV_FEATURES bit 21)"}, or nothing for bits 0 and 1. */
  static String sevFeatures(int bit) {
    return bit < 2 ? "" : " (SEV_FEATURES bit " + (bit - 2) + ")";
  }

  private static ObjectNode requestJson(GhcbTermination request) {
    ObjectNode json = Json.object();
    json.put("reasonSet", request.reasonSet());
    json.put("reasonCode", request.reasonCode());
    json.put("swExitCode", "0x" + Long.toHexString(request.swExitCode()));
    json.put("swExitInfo1", "0x" + Long.toHexString(request.swExitInfo1()));
    json.put("swExitInfo2", SevStatus.hex(request.swExitInfo2()));
    json.put("msrProtocolValue", "0x" + Long.toHexString(request.msrProtocolValue()));
    return json;
  }

  private static void problems(ObjectNode object, List<String> problems) {
    ArrayNode array = object.putArray("registryProblems");
    for (String problem : problems) {
      array.add(problem);
    }
  }

  private static void problemsText(PrintWriter out, List<String> problems) {
    for (String problem : problems) {
      out.println("  manifest problem: " + problem);
    }
  }
}
