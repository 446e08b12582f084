package dev.snpgate.processor.resolution;

import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import dev.snpgate.processor.validation.LibraryDeclaration;
import dev.snpgate.processor.validation.OverrideValidator;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether everything a guest is made of is resolved: supertypes, and every annotation value the
 * masks or the registry depend on. A value another processor generates (a constant
 * {@code Bits.SECURE_TSC}) is unresolved until the round after; generating before then would
 * leave a bit out of the masks without a word.
 */
public final class Resolution {

  private Resolution() {}

  /** The elements with something unresolved, in the order given; {@code guests} holds libraries too. */
  public static List<Element> unresolved(List<TypeElement> features, List<Element> guests, List<Element> overrides) {
    List<Element> unresolved = new ArrayList<>();
    for (TypeElement feature : features) {
      if (unresolved(feature)) {
        unresolved.add(feature);
      }
    }
    for (Element guest : guests) {
      AnnotationAttributes annotation = AnnotationAttributes.find(guest, GuestDeclaration.SNP_GUEST);
      if (annotation == null) {
        annotation = AnnotationAttributes.find(guest, LibraryDeclaration.SNP_LIBRARY);
      }
      if (annotation == null || !annotation.readable() || !ofType(annotation.written("name"), String.class)
          || !ofType(annotation.written("registry"), String.class)) {
        unresolved.add(guest);
      }
    }
    for (Element element : overrides) {
      if (anyUnresolved(element)) {
        unresolved.add(element);
      }
    }
    return unresolved;
  }

  /**
   * Whether an override on {@code element} is unresolved. Finding none is unresolved too (an
   * element in a container the compiler could not read), unless the container was written empty:
   * {@code @SnpCatalogOverrides({})} declares nothing, so it has nothing to resolve.
   */
  private static boolean anyUnresolved(Element element) {
    List<AnnotationAttributes> overrides = OverrideValidator.overridesOn(element);
    if (overrides.isEmpty()) {
      AnnotationAttributes container = AnnotationAttributes.find(element, OverrideValidator.OVERRIDES);
      Object written = container == null ? null : AnnotationAttributes.valueOf(container.written("value"));
      return !(written instanceof List && ((List<?>) written).isEmpty());
    }
    for (AnnotationAttributes override : overrides) {
      if (!override.readable() || !present(override.written("bit"), Integer.class)
          || !present(override.written("tier"), VariableElement.class)
          || !present(override.written("name"), String.class) || !present(override.written("reference"), String.class)
          || !ofType(override.written("longName"), String.class)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unresolved(TypeElement feature) {
    if (feature.getSuperclass().getKind() == TypeKind.ERROR) {
      return true;
    }
    for (TypeMirror implemented : feature.getInterfaces()) {
      if (implemented.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    AnnotationAttributes annotation = AnnotationAttributes.find(feature, FeatureValidator.SNP_FEATURE);
    return annotation == null || !annotation.readable() || !present(annotation.written("bit"), Integer.class)
        || !ofType(annotation.written("implRequired"), Boolean.class)
        || !ofType(annotation.written("name"), String.class)
        || !ofType(annotation.written("rationale"), String.class);
  }

  /** A written value of the type, or an omitted one (the default applies). */
  private static boolean ofType(AnnotationValue value, Class<?> type) {
    return value == null || type.isInstance(AnnotationAttributes.valueOf(value));
  }

  private static boolean present(AnnotationValue value, Class<?> type) {
    return type.isInstance(AnnotationAttributes.valueOf(value));
  }
}
