package dev.snpgate.processor.reporting;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The processor's messages, pointed at the element, annotation and attribute at fault so an IDE
 * underlines {@code bit = 12} itself. Counts errors so that nothing is generated from a bad model.
 *
 * <p>ecj 3.43 places nothing on a package or an enum constant: a message on a package goes where
 * ecj can show it in its package-info.java, and one on an enum constant goes to its enum.
 */
public final class Diagnostics {

  private final Messager messager;
  private final Elements elements;
  private int errors;

  public Diagnostics(Messager messager, Elements elements) {
    this.messager = messager;
    this.elements = elements;
  }

  /** An error with no element to point at. */
  public void error(String message) {
    print(Diagnostic.Kind.ERROR, message, null, null, null);
  }

  public void error(String message, Element element) {
    print(Diagnostic.Kind.ERROR, message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    print(Diagnostic.Kind.ERROR, message, element, annotation, null);
  }

  /** An error on one attribute; on the annotation when the attribute was not written. */
  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    print(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  /** A warning with no element to point at. */
  public void warning(String message) {
    print(Diagnostic.Kind.WARNING, message, null, null, null);
  }

  public void warning(String message, Element element) {
    print(Diagnostic.Kind.WARNING, message, element, null, null);
  }

  public void note(String message) {
    print(Diagnostic.Kind.NOTE, message, null, null, null);
  }

  private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    if (element instanceof PackageElement) {
      printOnPackage(kind, message, (PackageElement) element, annotation, value);
    } else if (element != null && element.getKind() == ElementKind.ENUM_CONSTANT) {
      // The message names the constant; its enum is the place both compilers show.
      messager.printMessage(kind, message, element.getEnclosingElement());
    } else {
      printOn(kind, message, element, annotation, value);
    }
  }

  /**
   * javac places a message on the package (at its declaration, or at the annotation given). ecj
   * only on the type it compiles package-info.java to, {@code g.package-info}, which javac does not
   * show: at the annotation given, or else where that type starts, its first annotation.
   */
  private void printOnPackage(Diagnostic.Kind kind, String message, PackageElement packageElement,
      AnnotationMirror annotation, AnnotationValue value) {
    TypeElement packageInfo = packageElement.isUnnamed() ? null
        : elements.getTypeElement(packageElement.getQualifiedName() + ".package-info");
    if (packageInfo == null) {
      printOn(kind, message, packageElement, annotation, value);
    } else {
      printOn(kind, message, packageInfo, annotation == null ? null : sameAnnotation(packageInfo, annotation), null);
    }
  }

  /** The annotation on {@code element} of {@code like}'s type, or null. */
  private static AnnotationMirror sameAnnotation(Element element, AnnotationMirror like) {
    for (AnnotationMirror candidate : element.getAnnotationMirrors()) {
      if (candidate.getAnnotationType().toString().equals(like.getAnnotationType().toString())) {
        return candidate;
      }
    }
    return null;
  }

  private void printOn(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (element == null) {
      messager.printMessage(kind, message);
    } else if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else if (value == null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element, annotation, value);
    }
  }

  /** How messages name an element: {@code package g}, {@code g.Masks.PRESENT} or the class name. */
  public static String describe(Element element) {
    if (element instanceof PackageElement) {
      return "package " + ((PackageElement) element).getQualifiedName();
    }
    if (element.getKind().isField()) {
      return element.getEnclosingElement() + "." + element.getSimpleName();
    }
    return element.toString();
  }

  /** {@code text} with control characters escaped ({@code \n}, {@code \u0000}), for one-line messages. */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public int errorCount() {
    return errors;
  }
}
