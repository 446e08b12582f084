package dev.snpgate.cli.manifest;

import java.util.List;

/**
 * A guest's {@code META-INF/snpgate/features.json}, schemaVersion 1, as the processor writes it.
 *
 * @param source where it was read, as the operator named it
 * @param guest the guest's name, or null when the manifest has none
 * @param implReq IMPL_REQ
 * @param present PRESENT
 * @param required REQUIRED: the bits SEV_STATUS must have for the guest to run; 0 for a manifest
 *     written before REQUIRED existed, which has no {@code required} key
 * @param bits the 64 entries, in bit order
 */
public record Manifest(String source, String guest, long implReq, long present, long required, List<ManifestBit> bits) {

  /** The only schemaVersion this snpgate reads; later ones may change what keys mean. */
  public static final int SCHEMA_VERSION = 1;

  /** Where the processor writes it in a guest's class output, and so in its jar. */
  public static final String PATH = "META-INF/snpgate/features.json";

  public Manifest {
    bits = List.copyOf(bits);
  }
}
