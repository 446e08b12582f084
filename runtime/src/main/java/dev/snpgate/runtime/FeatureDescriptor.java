package dev.snpgate.runtime;

/**
 * One feature implementation of a guest, as the generated registry describes it.
 *
 * @param bit the SEV_STATUS bit
 * @param name the feature's display name
 * @param implementation the implementing class's canonical name, as written in source ({@code a.Outer.Inner})
 * @param implRequired whether the feature needs guest code (false: the class only adds behaviour)
 * @param rationale why the guest needs it, or empty
 */
public record FeatureDescriptor(
    int bit, String name, String implementation, boolean implRequired, String rationale) {

  public FeatureDescriptor {
    SevStatus.checkBit(bit);
    if (name == null || implementation == null || rationale == null) {
      throw new IllegalArgumentException("bit " + bit + ": name, implementation and rationale must not be null");
    }
  }
}
