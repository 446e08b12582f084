package dev.snpgate.processor.writing;

import dev.snpgate.processor.validation.ValidatedFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The warnings the registry's {@code new Feature()} calls draw, as {@code @SuppressWarnings}
 * tokens in name order: {@code deprecation} or {@code removal} for a deprecated class (or one
 * nested in a deprecated class), {@code rawtypes} for a generic one.
 */
public final class ConstructionWarnings {

  private ConstructionWarnings() {}

  public static List<String> of(List<ValidatedFeature> features, Elements elements) {
    Set<String> tokens = new TreeSet<>();
    for (ValidatedFeature feature : features) {
      if (!feature.element().getTypeParameters().isEmpty()) {
        tokens.add("rawtypes");
      }
      for (Element type = feature.element(); type instanceof TypeElement; type = type.getEnclosingElement()) {
        if (elements.isDeprecated(type)) {
          tokens.add(forRemoval(type) ? "removal" : "deprecation");
        }
      }
    }
    return new ArrayList<>(tokens);
  }

  private static boolean forRemoval(Element type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().contentEquals("java.lang.Deprecated")) {
        for (java.util.Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
            : annotation.getElementValues().entrySet()) {
          if (value.getKey().getSimpleName().contentEquals("forRemoval") && Boolean.TRUE.equals(value.getValue().getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
