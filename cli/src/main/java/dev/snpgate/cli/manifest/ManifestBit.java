package dev.snpgate.cli.manifest;

import dev.snpgate.runtime.Tier;

/**
 * One entry of a manifest's {@code bits}.
 *
 * @param bit the SEV_STATUS bit
 * @param name the name, {@code reserved-bit-N} for an unnamed bit
 * @param longName the long name, or null when the manifest has none
 * @param tier the tier
 * @param implRequired whether the guest's IMPL_REQ holds the bit
 * @param present whether the guest implements the bit
 * @param implementation the implementing class, or null
 * @param rationale why the guest implements it, or null
 * @param reference where a catalog override comes from, or null
 * @param required whether the guest's REQUIRED holds the bit (false in a manifest without the key)
 * @param requiredBy who requires the bit (a feature class, or {@code @SnpGuest} and its element), or null
 * @param requiredRationale why the bit is required, or null
 */
public record ManifestBit(
    int bit,
    String name,
    String longName,
    Tier tier,
    boolean implRequired,
    boolean present,
    String implementation,
    String rationale,
    String reference,
    boolean required,
    String requiredBy,
    String requiredRationale) {}
