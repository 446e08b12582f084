package dev.snpgate.runtime;

/**
 * The snpgate version of this runtime. Written at build time from the Maven project version
 * (template {@code runtime/src/main/java-templates}); never edit a copy by hand.
 *
 * <p>The processor records the version that generated a registry in
 * {@link FeatureRegistry#snpgateVersion()}; the gate names both versions when a registry and this
 * runtime disagree.
 */
public final class SnpGateVersion {

  /** This runtime's snpgate version: the Maven project version it was built as. */
  public static final String VERSION = "${project.version}";

  private SnpGateVersion() {}
}
