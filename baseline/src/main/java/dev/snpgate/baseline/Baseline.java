package dev.snpgate.baseline;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a guest accepts, as reviewed and checked in: its masks and one entry per feature bit that
 * the catalog or the guest defines, or that the guest implements.
 *
 * @param implReq the IMPL_REQ mask
 * @param present the PRESENT mask
 * @param required the REQUIRED mask: the bits SEV_STATUS must have for the guest to run (bit 2,
 *     SEV-SNP, and feature bits), zero for a guest that requires nothing
 * @param entries the listed bits, by bit
 */
public record Baseline(long implReq, long present, long required, SortedMap<Integer, Entry> entries) {

  /**
   * One listed bit.
   *
   * @param bit the SEV_STATUS bit
   * @param name its display name
   * @param tier its tier's name
   * @param present whether the guest implements it
   * @param implementation the implementing class, or empty
   */
  public record Entry(int bit, String name, String tier, boolean present, String implementation) {}

  public Baseline {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /** A guest that requires nothing: REQUIRED is zero, as in every baseline written before REQUIRED existed. */
  public Baseline(long implReq, long present, SortedMap<Integer, Entry> entries) {
    this(implReq, present, 0L, entries);
  }

  /**
   * The name of {@code bit} here: a state bit's (0..2) from the built-in catalog, since no entry
   * lists one; a feature bit's from its entry, or {@code reserved-bit-N} when it is not listed.
   */
  public String nameOf(int bit) {
    if (bit < Catalog.FIRST_FEATURE_BIT) {
      return Catalog.builtIn().definition(bit).displayName();
    }
    Entry entry = entries.get(bit);
    return entry == null ? BitDefinition.unnamed(bit) : entry.name();
  }

  /** The implementation of {@code bit} here, or empty. */
  public String implementationOf(int bit) {
    Entry entry = entries.get(bit);
    return entry == null ? "" : entry.implementation();
  }
}
