package dev.snpgate.cli.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.check.DecisionView;
import dev.snpgate.cli.manifest.ManifestRegistry;
import dev.snpgate.cli.status.BitFacts;
import dev.snpgate.cli.status.DecodedStatus;
import dev.snpgate.cli.status.StatusInput;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.MissingFeature;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.Tier;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A decode with a guest's manifest: the bits named by the guest's catalog, what the guest has for
 * each set bit, and each bit it requires that the status leaves clear. Facts only, never a
 * decision: {@code check} decides.
 */
final class GuestDecode implements BitFacts {

  /** The cell of a bit the guest needs no code for. */
  static final String NO_CODE_NEEDED = "no guest code needed";

  /** The cell of a bit that needs guest code the guest does not have. */
  static final String CODE_LACKING = "needs guest code this guest lacks";

  /** The cell of SEV, SEV-ES and SEV-SNP: state the gate reads, not a feature a guest implements. */
  static final String STATE = "-";

  private final ManifestRegistry registry;
  private final DecodedStatus decoded;
  private final List<MissingFeature> leftOff = new ArrayList<>();

  GuestDecode(StatusInput input, ManifestRegistry registry) {
    this.registry = registry;
    this.decoded = new DecodedStatus(input, registry.catalog(), this);
    long clear = registry.required() & ~input.status().value();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if ((clear & 1L << bit) != 0) {
        leftOff.add(new MissingFeature(registry.catalog().definition(bit), registry.requiredBy(bit),
            registry.requiredRationale(bit)));
      }
    }
  }

  @Override
  public String heading() {
    return "guest";
  }

  @Override
  public String cell(BitDefinition definition) {
    if (definition.tier() == Tier.STATE) {
      return STATE;
    }
    String implementation = implementation(definition.bit());
    if (implementation != null) {
      return implementation;
    }
    return isSet(registry.implReq(), definition.bit()) ? CODE_LACKING : NO_CODE_NEEDED;
  }

  @Override
  public void json(BitDefinition definition, ObjectNode bit) {
    ObjectNode guest = bit.putObject("guest");
    guest.put("implementation", implementation(definition.bit()));
    guest.put("implRequired", isSet(registry.implReq(), definition.bit()));
    guest.put("present", isSet(registry.present(), definition.bit()));
  }

  /** The class the guest's manifest names for {@code bit}, or null. */
  private String implementation(int bit) {
    for (FeatureDescriptor feature : registry.features()) {
      if (feature.bit() == bit) {
        return feature.implementation();
      }
    }
    return null;
  }

  private static boolean isSet(long mask, int bit) {
    return (mask & 1L << bit) != 0;
  }

  private boolean snpRequired() {
    return isSet(registry.required(), Catalog.SNP_BIT);
  }

  void json(ObjectNode object) {
    ObjectNode guest = object.putObject("guest");
    guest.put("name", registry.guestName());
    guest.put("manifest", registry.source());
    guest.put("required", SevStatus.hex(registry.required()));
    guest.put("snpRequired", snpRequired());
    ArrayNode differences = guest.putArray("catalogDifferences");
    registry.catalogDifferences().forEach(differences::add);
    decoded.json(object);
    ArrayNode missing = object.putArray("requiredLeftOff");
    leftOff.forEach(feature -> missing.add(DecisionView.missingJson(feature)));
  }

  void text(PrintWriter out) {
    out.println("guest         " + registry.guestName() + "  (manifest " + registry.source() + ")");
    for (String difference : registry.catalogDifferences()) {
      out.println("note          " + difference);
    }
    decoded.text(out);
    long required = registry.required();
    out.println("REQUIRED      " + SevStatus.hex(required) + "  "
        + (required == 0 ? "nothing" : SevStatus.of(required).names(registry.catalog()))
        + (snpRequired() ? " (SEV-SNP is required: the guest runs only as an SEV-SNP guest)"
            : " (SEV-SNP is not required)"));
    for (MissingFeature feature : leftOff) {
      out.println("left off      " + DecisionView.missingText(feature, feature.reason()));
    }
  }
}
