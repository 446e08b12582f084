package dev.snpgate.processor.validation;

import java.util.ArrayList;
import java.util.List;
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
  /** The written values, or null when the compiler cannot give them (ecj throws on a mistyped one). */
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  private AnnotationAttributes(AnnotationMirror mirror) {
    this.mirror = mirror;
    Map<? extends ExecutableElement, ? extends AnnotationValue> read;
    try {
      read = mirror.getElementValues();
    } catch (RuntimeException compilerCannotConvert) {
      read = null;
    }
    this.values = read;
  }

  /** Whether the compiler could give the written values; when not, it reports why itself. */
  public boolean readable() {
    return values != null;
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
    if (values == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The annotations written in the array attribute {@code name}, such as each {@code @SnpRequire}
   * of {@code requires}; empty when it is omitted or not readable.
   */
  public List<AnnotationAttributes> nested(String name) {
    Object values = valueOf(written(name));
    List<AnnotationAttributes> found = new ArrayList<>();
    if (values instanceof List) {
      for (Object value : (List<?>) values) {
        Object nested = valueOf((AnnotationValue) value);
        if (nested instanceof AnnotationMirror) {
          found.add(of((AnnotationMirror) nested));
        }
      }
    }
    return found;
  }

  /** The written boolean value of {@code name}, or {@code fallback}. */
  public boolean bool(String name, boolean fallback) {
    Object value = valueOf(written(name));
    return value instanceof Boolean ? (Boolean) value : fallback;
  }

  /** The written string value of {@code name}, or {@code fallback}. */
  public String string(String name, String fallback) {
    Object value = valueOf(written(name));
    return value instanceof String ? (String) value : fallback;
  }

  /**
   * The value of {@code value}, or null when there is none to use: omitted, not resolved (both
   * compilers show such a value as the text {@code <error>}, so that text is never taken as
   * written), or one the compiler cannot convert.
   */
  public static Object valueOf(AnnotationValue value) {
    if (value == null) {
      return null;
    }
    try {
      Object resolved = value.getValue();
      // javac shows an unresolved value as <error>; ecj gives it as that string.
      return UNRESOLVED.equals(value.toString()) || UNRESOLVED.equals(resolved) ? null : resolved;
    } catch (RuntimeException compilerCannotConvert) {
      return null;
    }
  }

  private static final String UNRESOLVED = "<error>";
}
