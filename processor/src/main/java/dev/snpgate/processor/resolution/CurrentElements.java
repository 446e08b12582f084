package dev.snpgate.processor.resolution;

import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds an element gathered in an earlier round again in the current one. javac builds new
 * elements each round; only the current ones see types generated since, and only on them can a
 * message be placed. An element that cannot be found again by name is returned as it was.
 */
public final class CurrentElements {

  private CurrentElements() {}

  public static Element lookUp(Elements elements, Element gathered) {
    if (gathered instanceof TypeElement) {
      TypeElement fresh = elements.getTypeElement(((TypeElement) gathered).getQualifiedName());
      return fresh == null ? gathered : fresh;
    }
    if (gathered instanceof PackageElement) {
      PackageElement fresh = elements.getPackageElement(((PackageElement) gathered).getQualifiedName());
      return fresh == null ? gathered : fresh;
    }
    if (gathered.getKind().isField() && gathered.getEnclosingElement() instanceof TypeElement) {
      Element owner = lookUp(elements, gathered.getEnclosingElement());
      for (Element member : owner.getEnclosedElements()) {
        if (member.getKind() == gathered.getKind() && member.getSimpleName().contentEquals(gathered.getSimpleName())) {
          return member;
        }
      }
    }
    return gathered;
  }
}
