package dev.snpgate.processor.model;

import java.util.List;

/**
 * One validated {@code @SnpFeature} class, with nothing of javax.lang.model left in it.
 *
 * @param bit the SEV_STATUS bit, 3..63
 * @param name the name the annotation gave, or empty to take the catalog's
 * @param packageName the implementing class's package
 * @param simpleNames the implementing class's simple names, outermost first
 * @param rationale why the guest needs the feature, or empty
 */
public record FeatureDeclaration(
    int bit, String name, String packageName, List<String> simpleNames, String rationale) {

  public FeatureDeclaration {
    simpleNames = List.copyOf(simpleNames);
  }

  /** The implementing class as written in source: {@code dev.x.Outer.Inner}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
