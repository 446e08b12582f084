package dev.snpgate.processor.contribution;

import dev.snpgate.processor.validation.AnnotationAttributes;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What one module on a guest's class path contributes, as read from its marker class.
 *
 * @param marker the marker class in {@value ContributionWriter#PACKAGE}
 * @param library true for a feature library, false for a module compiled as a guest
 * @param origin the module's name
 * @param registry for a guest module, its registry class; empty for a library
 * @param declaration for a guest module, the element carrying its {@code @SnpGuest}, or empty
 * @param features the module's feature classes, with the rationale the module's compilation found
 * @param overrides the module's catalog overrides
 */
public record Contribution(TypeElement marker, boolean library, String origin, String registry,
    String declaration, List<Feature> features, List<AnnotationAttributes> overrides) {

  public Contribution {
    features = List.copyOf(features);
    overrides = List.copyOf(overrides);
  }

  /** One feature class of a module and its rationale (from its annotation or its Javadoc). */
  public record Feature(TypeElement type, String rationale) {}
}
