package dev.snpgate.cli.manifest;

import dev.snpgate.cli.BadInputException;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.FeatureDescriptor;
import dev.snpgate.runtime.FeatureRegistry;
import dev.snpgate.runtime.GuestFeature;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * A guest's registry rebuilt from its manifest, for the runtime's {@code Gate.decide}: the same
 * masks (REQUIRED too, with who requires each bit and why), feature descriptors and catalog (the built-in one with the bits the guest names or
 * overrides), so the gate decides as the guest's own registry would. A manifest whose masks do not
 * agree with its bits is passed on as it is: the gate names each inconsistency and decides fail
 * closed, as it does for a hand-edited registry.
 *
 * <p>A manifest that describes a bit the built-in catalog defines differently (a guest built by
 * another snpgate version, say before IBPBOnEntry was defined) keeps the built-in definition;
 * {@link #catalogDifferences()} names each such bit, and the guest's own masks still decide.
 */
public final class ManifestRegistry implements FeatureRegistry {

  /** The guest name when the manifest has none. */
  static final String UNNAMED = "(unnamed guest)";

  private final Manifest manifest;
  private final Catalog catalog;
  /** The bits the manifest defines that the built-in catalog holds as reserved. */
  private long overridden;
  private final List<FeatureDescriptor> features = new ArrayList<>();
  private final List<String> catalogDifferences = new ArrayList<>();

  /**
   * @throws BadInputException if the manifest names a bit in a way no catalog allows (a state tier
   *     above bit 2)
   */
  public ManifestRegistry(Manifest manifest) {
    this.manifest = manifest;
    Catalog built = Catalog.builtIn();
    for (ManifestBit bit : manifest.bits()) {
      built = withBit(built, bit);
      if (bit.present()) {
        features.add(new FeatureDescriptor(bit.bit(), bit.name(), bit.implementation(), bit.implRequired(),
            bit.rationale() == null ? "" : bit.rationale()));
      }
    }
    this.catalog = built;
  }

  private Catalog withBit(Catalog catalog, ManifestBit bit) {
    BitDefinition builtIn = Catalog.builtIn().definition(bit.bit());
    boolean unnamedInManifest = bit.name().equals(BitDefinition.unnamed(bit.bit()));
    if (builtIn.tier() == Tier.RESERVED && !builtIn.isNamed() && !unnamedInManifest) {
      try {
        overridden |= 1L << bit.bit();
        return catalog.withOverride(new BitDefinition(bit.bit(), bit.name(),
            bit.longName() == null ? "(named by the guest)" : bit.longName(), bit.tier(),
            bit.reference() == null ? "" : bit.reference()));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("cannot use manifest " + manifest.source() + ": bits[" + bit.bit() + "]: "
            + e.getMessage());
      }
    }
    if (!bit.name().equals(builtIn.displayName()) || bit.tier() != builtIn.tier()) {
      catalogDifferences.add("the manifest has bit " + bit.bit() + " as " + bit.name() + " (" + bit.tier()
          + "), this snpgate's catalog as " + builtIn.displayName() + " (" + builtIn.tier()
          + "): the guest was built by another snpgate version; its masks decide");
    }
    return catalog;
  }

  /** Where the manifest came from. */
  public String source() {
    return manifest.source();
  }

  /** Bits the manifest describes otherwise than this snpgate's catalog, one sentence each. */
  public List<String> catalogDifferences() {
    return List.copyOf(catalogDifferences);
  }

  @Override
  public String guestName() {
    return manifest.guest() == null ? UNNAMED : manifest.guest();
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  // The gate reads the guest's overrides as plain values, as from a generated registry.

  @Override
  public long catalogOverrides() {
    return overridden;
  }

  @Override
  public String overrideName(int bit) {
    return catalog.definition(bit).name();
  }

  @Override
  public String overrideLongName(int bit) {
    return catalog.definition(bit).longName();
  }

  @Override
  public String overrideTier(int bit) {
    return catalog.definition(bit).tier().name();
  }

  @Override
  public String overrideReference(int bit) {
    return catalog.definition(bit).reference();
  }

  @Override
  public long required() {
    return manifest.required();
  }

  /** As a generated registry answers: empty for a bit not required, or when the manifest does not say. */
  @Override
  public String requiredBy(int bit) {
    return textOf(bit, true);
  }

  @Override
  public String requiredRationale(int bit) {
    return textOf(bit, false);
  }

  private String textOf(int bit, boolean by) {
    if (bit < 0 || bit >= manifest.bits().size()) {
      return "";
    }
    ManifestBit entry = manifest.bits().get(bit);
    String text = by ? entry.requiredBy() : entry.requiredRationale();
    return text == null ? "" : text;
  }

  @Override
  public long implReq() {
    return manifest.implReq();
  }

  @Override
  public long present() {
    return manifest.present();
  }

  @Override
  public List<FeatureDescriptor> features() {
    return List.copyOf(features);
  }

  /** A manifest carries no code: the CLI only decides, it never boots a guest. */
  @Override
  public GuestFeature newFeature(int bit) {
    throw new UnsupportedOperationException("a manifest has no feature code; decide, do not boot");
  }
}
