package dev.snpgate.cli.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snpgate.cli.BadInputException;
import dev.snpgate.cli.InertText;
import dev.snpgate.cli.Json;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SnpGateVersion;
import dev.snpgate.runtime.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a manifest (schemaVersion 1, the contract in docs/boot.md) and checks its shape: every key the
 * contract names, with its type; keys it does not name are ignored, since keys are only ever added.
 * A manifest of another schemaVersion is refused rather than guessed at. Whether the masks agree
 * with the bits is not checked here: the gate checks that (see {@link ManifestRegistry}).
 */
public final class ManifestReader {

  /** Problems printed at most; a broken file can have one per bit. */
  static final int MAX_PROBLEMS_SHOWN = 5;

  /** Characters of a bad value a message quotes. */
  static final int MAX_SHOWN = 40;

  private static final Pattern MASK = Pattern.compile("0x[0-9a-f]{16}");

  private final String source;
  private final List<String> problems = new ArrayList<>();
  /** Whether the manifest has the {@code required} key: one written before REQUIRED existed has none. */
  private boolean hasRequired;
  /** REQUIRED as read; null when the key is malformed, so the bits are not held against it. */
  private Long required;

  private ManifestReader(String source) {
    this.source = source;
  }

  /**
   * The manifest at {@code path}: a {@code features.json} or a jar holding one.
   *
   * @throws BadInputException naming the file and every problem (the first few)
   */
  public static Manifest read(Path path) {
    return parse(path.toString(), ManifestFile.read(path));
  }

  /**
   * The manifest in {@code json}; {@code source} names it in messages.
   *
   * @throws BadInputException naming the source and every problem (the first few)
   */
  public static Manifest parse(String source, byte[] json) {
    JsonNode root;
    try {
      root = Json.read(json);
    } catch (JsonProcessingException e) {
      throw new BadInputException("cannot use manifest " + source + ": it is not JSON" + where(e.getLocation())
          + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot use manifest " + source + ": it cannot be read (" + e.getMessage() + ")");
    }
    return new ManifestReader(source).manifest(root);
  }

  private Manifest manifest(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw invalid("it is empty");
    }
    if (!root.isObject()) {
      throw invalid("it is a JSON " + root.getNodeType().name().toLowerCase() + ", not an object");
    }
    checkSchemaVersion(root.get("schemaVersion"));
    String guest = optionalString(root, "guest", "guest");
    long implReq = mask(root, "implReq");
    long present = mask(root, "present");
    readRequired(root);
    List<ManifestBit> bits = bits(root.get("bits"));
    if (!problems.isEmpty()) {
      throw invalid(summary());
    }
    return new Manifest(source, guest, implReq, present, required, bits);
  }

  /**
   * REQUIRED, a key added to schemaVersion 1 after its first release: absent, the guest requires
   * nothing (it was built before a guest could); present, it must be well formed.
   */
  private void readRequired(JsonNode root) {
    hasRequired = root.has("required");
    if (!hasRequired) {
      required = 0L;
      return;
    }
    int before = problems.size();
    long mask = mask(root, "required");
    required = problems.size() > before ? null : mask;
    for (int bit = 0; bit < Catalog.SNP_BIT; bit++) {
      if ((mask & 1L << bit) != 0) {
        problems.add("required " + SevStatus.hex(mask) + " has bit " + bit + " (" + Catalog.builtIn().definition(bit)
            .displayName() + "), SEV state no guest can require: REQUIRED holds SEV-SNP (bit 2) and feature bits only");
      }
    }
  }

  /** A manifest of another version is refused at once: its other keys may mean something else. */
  private void checkSchemaVersion(JsonNode version) {
    if (version == null) {
      throw invalid("it has no schemaVersion, so it is not a snpgate manifest");
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt()) {
      throw invalid("schemaVersion is " + shown(version) + ", not the number " + Manifest.SCHEMA_VERSION);
    }
    if (version.intValue() != Manifest.SCHEMA_VERSION) {
      throw invalid("schemaVersion " + version.intValue() + " is not one this snpgate (" + SnpGateVersion.VERSION
          + ") reads: it reads schemaVersion " + Manifest.SCHEMA_VERSION
          + (version.intValue() > Manifest.SCHEMA_VERSION ? "; use the snpgate the guest was built with, or a newer one" : ""));
    }
  }

  private long mask(JsonNode root, String key) {
    JsonNode value = root.get(key);
    if (value == null) {
      problems.add("no " + key);
      return 0;
    }
    if (!value.isTextual() || !MASK.matcher(value.textValue()).matches()) {
      problems.add(key + " is " + shown(value) + ", not \"0x\" and 16 lowercase hex digits");
      return 0;
    }
    return Long.parseUnsignedLong(value.textValue().substring(2), 16);
  }

  private List<ManifestBit> bits(JsonNode bits) {
    List<ManifestBit> entries = new ArrayList<>();
    if (bits == null || !bits.isArray()) {
      problems.add(bits == null ? "no bits" : "bits is not an array");
      return entries;
    }
    if (bits.size() != Catalog.BITS) {
      problems.add("bits has " + bits.size() + " entries, not " + Catalog.BITS);
      return entries;
    }
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      ManifestBit entry = bit(bit, bits.get(bit));
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** Entry {@code index} of bits, or null (with its problems recorded). */
  private ManifestBit bit(int index, JsonNode entry) {
    String at = "bits[" + index + "]";
    if (!entry.isObject()) {
      problems.add(at + " is not an object");
      return null;
    }
    int before = problems.size();
    JsonNode bit = entry.get("bit");
    if (bit == null || !bit.isIntegralNumber() || !bit.canConvertToInt() || bit.intValue() != index) {
      problems.add(at + ".bit is " + shown(bit) + ", not " + index + " (the entries are in bit order)");
    }
    String name = requiredString(entry, "name", at);
    Tier tier = tier(entry.get("tier"), at);
    Boolean implRequired = requiredBoolean(entry, "implRequired", at);
    Boolean present = requiredBoolean(entry, "present", at);
    String implementation = optionalString(entry, "implementation", at + ".implementation");
    String rationale = optionalString(entry, "rationale", at + ".rationale");
    String longName = optionalString(entry, "longName", at + ".longName");
    String reference = optionalString(entry, "reference", at + ".reference");
    Boolean required = requiredFlag(entry, at);
    String requiredBy = optionalString(entry, "requiredBy", at + ".requiredBy");
    String requiredRationale = optionalString(entry, "requiredRationale", at + ".requiredRationale");
    checkRequirement(index, at, required, requiredBy, requiredRationale);
    if (Boolean.TRUE.equals(present) && implementation == null) {
      problems.add(at + " is present but names no implementation");
    }
    if (Boolean.FALSE.equals(present) && implementation != null) {
      problems.add(at + " names implementation " + implementation + " but is not present");
    }
    if (name != null && name.isEmpty()) {
      problems.add(at + ".name is empty (an unnamed bit is " + BitDefinition.unnamed(index) + ")");
    }
    if (problems.size() > before) {
      return null;
    }
    return new ManifestBit(index, name, longName, tier, implRequired, present, implementation, rationale, reference,
        required, requiredBy, requiredRationale);
  }

  /**
   * The entry's {@code required}: a boolean every entry has when the manifest has REQUIRED (the
   * processor writes both or neither); without REQUIRED, false when absent.
   */
  private Boolean requiredFlag(JsonNode entry, String at) {
    return hasRequired || entry.has("required") ? requiredBoolean(entry, "required", at) : Boolean.FALSE;
  }

  /** The entry's flag and texts against REQUIRED: the gate reads the mask, a reader the entries; both must say one thing. */
  private void checkRequirement(int index, String at, Boolean flag, String requiredBy, String requiredRationale) {
    if (flag == null || required == null) {
      return;
    }
    boolean inMask = (required & 1L << index) != 0;
    if (flag && !inMask) {
      problems.add(at + ".required is true, but " + (hasRequired
          ? "required " + SevStatus.hex(required) + " does not have bit " + index
          : "the manifest has no required mask (a manifest without one requires nothing)"));
    } else if (!flag && inMask) {
      problems.add(at + ".required is false, but required " + SevStatus.hex(required) + " has bit " + index);
    }
    if (!flag && requiredBy != null) {
      problems.add(at + " names requiredBy " + requiredBy + " but is not required");
    }
    if (!flag && requiredRationale != null) {
      problems.add(at + " has a requiredRationale but is not required");
    }
  }

  private Tier tier(JsonNode tier, String at) {
    if (tier != null && tier.isTextual()) {
      for (Tier candidate : Tier.values()) {
        if (candidate.name().equals(tier.textValue())) {
          return candidate;
        }
      }
    }
    problems.add(at + ".tier is " + shown(tier) + ", not one of STATE, IMPL_REQUIRED, NO_IMPL_NEEDED, RESERVED");
    return null;
  }

  private String requiredString(JsonNode object, String key, String at) {
    JsonNode value = object.get(key);
    if (value == null || !value.isTextual()) {
      problems.add(at + "." + key + " is " + shown(value) + ", not a string");
      return null;
    }
    // A manifest is the guest build's text: shown on one line, it cannot forge a line of ours.
    return InertText.oneLine(value.textValue());
  }

  /** The value, or null (with the problem recorded) when it is not a boolean. */
  private Boolean requiredBoolean(JsonNode object, String key, String at) {
    JsonNode value = object.get(key);
    if (value == null || !value.isBoolean()) {
      problems.add(at + "." + key + " is " + shown(value) + ", not true or false");
      return null;
    }
    return value.booleanValue();
  }

  /** A string or null; a key that is absent is null too (the contract's optional keys). */
  private String optionalString(JsonNode object, String key, String label) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(label + " is " + shown(value) + ", not a string or null");
      return null;
    }
    // A manifest is the guest build's text: shown on one line, it cannot forge a line of ours.
    return InertText.oneLine(value.textValue());
  }

  /** A value as JSON, cut short: a message quotes it, it does not reprint a whole subtree. */
  static String shown(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    String json = value.toString();
    return json.length() <= MAX_SHOWN ? json : json.substring(0, MAX_SHOWN) + "...";
  }

  private String summary() {
    StringBuilder out = new StringBuilder(problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ");
    for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS_SHOWN); i++) {
      out.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > MAX_PROBLEMS_SHOWN) {
      out.append("; and ").append(problems.size() - MAX_PROBLEMS_SHOWN).append(" more");
    }
    return out.toString();
  }

  private BadInputException invalid(String why) {
    return new BadInputException("cannot use manifest " + source + ": " + why);
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
