package dev.snpgate.processor.validation;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads an annotation through its mirror, telling written attributes from defaults: the catalog
 * rules only judge what a developer wrote.
 */
public final class AnnotationAttributes {

  private final AnnotationMirror mirror;

  private AnnotationAttributes(AnnotationMirror mirror) {
    this.mirror = mirror;
  }

  /** The attributes of {@code element}'s annotation of type {@code annotationName}, or null. */
  public static AnnotationAttributes find(Element element, String annotationName) {
    for (AnnotationMirror candidate : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) candidate.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return new AnnotationAttributes(candidate);
      }
    }
    return null;
  }

  /** The attributes of {@code mirror}, such as one element of a repeated annotation's container. */
  public static AnnotationAttributes of(AnnotationMirror mirror) {
    return new AnnotationAttributes(mirror);
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** The value written for {@code name}, or null when the source omits it. */
  public AnnotationValue written(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The written string value of {@code name}, or {@code fallback}. */
  public String string(String name, String fallback) {
    AnnotationValue value = written(name);
    return value != null && value.getValue() instanceof String ? (String) value.getValue() : fallback;
  }
}
