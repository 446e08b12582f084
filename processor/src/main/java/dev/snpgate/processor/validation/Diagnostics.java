package dev.snpgate.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.Diagnostic;

/**
 * The processor's messages, pointed at the element, annotation and attribute at fault so an IDE
 * underlines {@code bit = 12} itself. Counts errors so that nothing is generated from a bad model.
 */
public final class Diagnostics {

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(String message, Element element) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
  }

  /** An error on one attribute; on the annotation when the attribute was not written. */
  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  public void warning(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.WARNING, message, element);
  }

  public void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  /** An error with no element to point at. */
  public void error(String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  /** How messages name an element: {@code package g} or the class name. */
  public static String describe(Element element) {
    return element instanceof PackageElement
        ? "package " + ((PackageElement) element).getQualifiedName()
        : element.toString();
  }

  public int errorCount() {
    return errors;
  }
}
