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
 * @param origin the feature library it comes from ({@code group:artifact} or the library's name);
 *     empty for a class of the guest's own compilation
 */
public record FeatureDeclaration(
    int bit, String name, String packageName, List<String> simpleNames, String rationale, String origin) {

  public FeatureDeclaration {
    simpleNames = List.copyOf(simpleNames);
  }

  /** A feature of the guest's own compilation. */
  public FeatureDeclaration(int bit, String name, String packageName, List<String> simpleNames, String rationale) {
    this(bit, name, packageName, simpleNames, rationale, "");
  }

  /** This feature as it comes from the library {@code libraryOrigin}, with {@code libraryRationale}. */
  public FeatureDeclaration fromLibrary(String libraryOrigin, String libraryRationale) {
    return new FeatureDeclaration(bit, name, packageName, simpleNames, libraryRationale, libraryOrigin);
  }

  /** The class and, for a library's feature, where it comes from: {@code g.Tsc@com.example:timekeeping}. */
  public String implementationWithOrigin() {
    return origin.isEmpty() ? canonicalName() : canonicalName() + "@" + origin;
  }

  /** The implementing class as written in source: {@code dev.x.Outer.Inner}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
