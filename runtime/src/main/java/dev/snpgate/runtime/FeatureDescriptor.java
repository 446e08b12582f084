package dev.snpgate.runtime;

import java.util.Objects;

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

  // equals, hashCode and toString are written out, as a record's would be: the compiler's own
  // bootstrap java.lang.runtime.ObjectMethods through invokedynamic on first use, which costs
  // milliseconds of JVM start-up on a guest's boot path (BootPathBytecodeTest keeps it out).

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FeatureDescriptor)) {
      return false;
    }
    FeatureDescriptor that = (FeatureDescriptor) other;
    return bit == that.bit
        && Objects.equals(name, that.name)
        && Objects.equals(implementation, that.implementation)
        && implRequired == that.implRequired
        && Objects.equals(rationale, that.rationale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bit, name, implementation, implRequired, rationale);
  }

  @Override
  public String toString() {
    return "FeatureDescriptor[bit=" + bit + ", name=" + name + ", implementation=" + implementation + ", implRequired=" + implRequired + ", rationale=" + rationale + "]";
  }
}
