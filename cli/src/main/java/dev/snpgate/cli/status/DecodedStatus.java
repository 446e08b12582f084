package dev.snpgate.cli.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snpgate.cli.Json;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every set bit of a SEV_STATUS as a catalog describes it (the built-in one, or a guest's): SEV_STATUS
 * number, SEV_FEATURES number, name, long name and tier, and whatever {@link BitFacts} a caller adds.
 * {@code decode} and {@code read} print it.
 */
public final class DecodedStatus {

  /** What a status read from the kernel's {@code SEV: Status:} line cannot show. */
  public static final String KERNEL_LINE_LIMIT = "the kernel's line: it names only the bits Linux has a name for,"
      + " so set bits it has no name for (reserved bits) could not be seen: a lower bound of SEV_STATUS";

  /** What a status read from the older kernels' memory encryption line cannot show. */
  public static final String MEMORY_ENCRYPTION_LINE_LIMIT = "the kernel's \"Memory Encryption Features active:\""
      + " line: this kernel prints no feature bits (the \"SEV: Status:\" line with them came in Linux 6.9), so only"
      + " SEV, SEV-ES and SEV-SNP (bits 0 to 2) are known: read the MSR for the rest";

  /** Why a status with vTom and without SNP may still be an SNP VM's. */
  static final String PARAVISOR = "vTom is set, so a paravisor (as Hyper-V's on Azure) may run this VM as an"
      + " SEV-SNP guest and hide SNP from the kernel; the paravisor then negotiates the SNP features";

  private final StatusInput input;
  private final Catalog catalog;
  /** What the caller adds to each set bit, or null. */
  private final BitFacts facts;
  private final List<BitDefinition> setBits = new ArrayList<>();

  /** With the built-in catalog. */
  public DecodedStatus(StatusInput input) {
    this(input, Catalog.builtIn(), null);
  }

  /**
   * @param catalog names the bits
   * @param facts what to add to each set bit, or null for nothing
   */
  public DecodedStatus(StatusInput input, Catalog catalog, BitFacts facts) {
    this.input = input;
    this.catalog = catalog;
    this.facts = facts;
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      if (input.status().isSet(bit)) {
        setBits.add(catalog.definition(bit));
      }
    }
  }

  /** The facts, as keys of {@code object}. */
  public void json(ObjectNode object) {
    SevStatus status = input.status();
    object.put("input", input.text());
    object.put("form", input.form().label());
    object.put("status", status.hex());
    object.put("sevFeatures", SevStatus.hex(status.sevFeatures()));
    object.put("snpActive", status.snpActive());
    object.put("complete", input.complete());
    if (paravisorMayHideSnp(status)) {
      object.put("note", PARAVISOR);
    }
    object.put("names", status.names(catalog));
    ArrayNode bits = object.putArray("bits");
    for (BitDefinition definition : setBits) {
      ObjectNode bit = bitJson(definition);
      if (facts != null) {
        facts.json(definition, bit);
      }
      bits.add(bit);
    }
  }

  private static final String[] HEADINGS = {"bit", "SEV_FEATURES", "name", "long name", "tier"};

  private static String[] withAdded(String[] cells, String added) {
    String[] row = Arrays.copyOf(cells, cells.length + 1);
    row[cells.length] = added;
    return row;
  }

  /** vTom without SNP: what a guest under a paravisor reads (SEV_STATUS bit 3, Virtual TOM). */
  private static boolean paravisorMayHideSnp(SevStatus status) {
    return !status.snpActive() && status.isSet(VTOM_BIT);
  }

  private static final int VTOM_BIT = 3;

  /** One bit as JSON: {@code sevFeaturesBit} is null for bits 0 and 1, which SEV_FEATURES lacks. */
  public static ObjectNode bitJson(BitDefinition definition) {
    ObjectNode bit = Json.object();
    bit.put("bit", definition.bit());
    if (definition.sevFeaturesBit() < 0) {
      bit.putNull("sevFeaturesBit");
    } else {
      bit.put("sevFeaturesBit", definition.sevFeaturesBit());
    }
    bit.put("name", definition.displayName());
    bit.put("longName", definition.longName());
    bit.put("tier", definition.tier().name());
    return bit;
  }

  /** The facts for a person: the value in both numberings, then one row per set bit. */
  public void text(PrintWriter out) {
    SevStatus status = input.status();
    out.println("SEV_STATUS    " + status.hex() + "  " + status.names(catalog));
    out.println("SEV_FEATURES  " + SevStatus.hex(status.sevFeatures()) + "  (VMSA numbering: SEV_STATUS >> 2)");
    out.println("SEV-SNP       " + (status.snpActive() ? "active" : "not active" + (paravisorMayHideSnp(status)
        ? ": " + PARAVISOR : ": there are no SNP features to negotiate")));
    if (input.form() == StatusInput.Form.SEV_FEATURES) {
      out.println("given as      SEV_FEATURES " + input.text().strip()
          + ": SEV_FEATURES bit n is SEV_STATUS bit n+2; with SNPActive a guest also reads SEV and SEV-ES");
    } else if (input.form() == StatusInput.Form.KERNEL_LINE) {
      out.println("given as      " + KERNEL_LINE_LIMIT);
    } else if (input.form() == StatusInput.Form.KERNEL_MEMORY_ENCRYPTION_LINE) {
      out.println("given as      " + MEMORY_ENCRYPTION_LINE_LIMIT);
    }
    if (setBits.isEmpty()) {
      out.println("no bit is set");
      return;
    }
    Table table = facts == null ? new Table(HEADINGS) : new Table(withAdded(HEADINGS, facts.heading()));
    for (BitDefinition definition : setBits) {
      String[] cells = {String.valueOf(definition.bit()),
          definition.sevFeaturesBit() < 0 ? "-" : String.valueOf(definition.sevFeaturesBit()),
          definition.displayName(), definition.longName(), definition.tier().name()};
      table.row(facts == null ? cells : withAdded(cells, facts.cell(definition)));
    }
    table.print(out);
  }
}
