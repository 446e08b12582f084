package dev.snpgate.processor.model;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A guest as the outputs see it: its catalog, its feature implementations and the masks that
 * follow from them. Pure data and bit arithmetic, so it is tested without a compiler.
 *
 * @param guestName the guest's name
 * @param registryPackage the generated registry's package
 * @param registrySimpleName the generated registry's simple name
 * @param catalog the built-in catalog with the guest's overrides and the bits it names
 * @param features the feature implementations, in bit order
 * @param overrideOrigins by bit, who defined it with a catalog override: {@value #GUEST_OVERRIDE},
 *     or the feature library's name; bits the built-in catalog defines are absent
 * @param requirements by bit, the bits SEV_STATUS must have for the guest to run (REQUIRED)
 */
public record GuestModel(
    String guestName,
    String registryPackage,
    String registrySimpleName,
    Catalog catalog,
    List<FeatureDeclaration> features,
    Map<Integer, String> overrideOrigins,
    Map<Integer, Requirement> requirements) {

  /** The origin of an override the guest's own compilation declares. */
  public static final String GUEST_OVERRIDE = "guest";

  /** The long name given to a reserved bit that a guest names without a catalog override. */
  public static final String GUEST_NAMED_LONG_NAME = "(reserved in the catalog; named by this guest)";

  public GuestModel {
    List<FeatureDeclaration> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparingInt(FeatureDeclaration::bit));
    features = List.copyOf(sorted);
    overrideOrigins = Map.copyOf(overrideOrigins);
    requirements = Collections.unmodifiableSortedMap(new TreeMap<>(requirements));
  }

  /**
   * The model of a guest built on {@code catalog}: a feature that names a bit the catalog holds
   * as reserved and unnamed adds that name to the guest's catalog, still reserved (fail closed).
   * The declarations must be valid: distinct feature bits, names agreeing with the catalog.
   */
  public static GuestModel of(
      String guestName, String registryClass, Catalog catalog, List<FeatureDeclaration> features) {
    return of(guestName, registryClass, catalog, features, Map.of());
  }

  /** As above, with who defined each overridden bit. */
  public static GuestModel of(String guestName, String registryClass, Catalog catalog,
      List<FeatureDeclaration> features, Map<Integer, String> overrideOrigins) {
    return of(guestName, registryClass, catalog, features, overrideOrigins, Map.of());
  }

  /** As above, with the guest's requirements, by bit. */
  public static GuestModel of(String guestName, String registryClass, Catalog catalog,
      List<FeatureDeclaration> features, Map<Integer, String> overrideOrigins, Map<Integer, Requirement> requirements) {
    Catalog guestCatalog = catalog;
    for (FeatureDeclaration feature : features) {
      BitDefinition definition = catalog.definition(feature.bit());
      if (!definition.isNamed() && !feature.name().isEmpty()) {
        guestCatalog = guestCatalog.withOverride(new BitDefinition(
            feature.bit(), feature.name(), GUEST_NAMED_LONG_NAME, Tier.RESERVED, ""));
      }
    }
    return new GuestModel(guestName,
        packageOf(registryClass),
        registryClass.substring(registryClass.lastIndexOf('.') + 1),
        guestCatalog,
        features,
        overrideOrigins,
        requirements);
  }

  /** The package of a qualified class name; empty for the unnamed package. */
  public static String packageOf(String className) {
    int lastDot = className.lastIndexOf('.');
    return lastDot == -1 ? "" : className.substring(0, lastDot);
  }

  /** The generated registry's fully qualified name. */
  public String registryClass() {
    return registryPackage.isEmpty() ? registrySimpleName : registryPackage + "." + registrySimpleName;
  }

  /** IMPL_REQ: the catalog's implementation-required and reserved bits. */
  public long implReq() {
    return catalog.implementationRequiredMask();
  }

  /** PRESENT: the bits the guest implements. */
  public long present() {
    long mask = 0;
    for (FeatureDeclaration feature : features) {
      mask |= 1L << feature.bit();
    }
    return mask;
  }

  /** REQUIRED: the bits SEV_STATUS must have for the guest to run. */
  public long required() {
    return Requirement.mask(requirements.values());
  }

  /** All 64 bits, in order. */
  public List<BitRow> bits() {
    List<BitRow> rows = new ArrayList<>(Catalog.BITS);
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      rows.add(new BitRow(catalog.definition(bit), implementationOf(bit), overrideOrigins.getOrDefault(bit, ""),
          Optional.ofNullable(requirements.get(bit))));
    }
    return rows;
  }

  /** The guest's implementation of {@code bit}, if any. */
  public Optional<FeatureDeclaration> implementationOf(int bit) {
    for (FeatureDeclaration feature : features) {
      if (feature.bit() == bit) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }

  /** The display name of {@code bit} in this guest's catalog. */
  public String nameOf(int bit) {
    return catalog.definition(bit).displayName();
  }
}
