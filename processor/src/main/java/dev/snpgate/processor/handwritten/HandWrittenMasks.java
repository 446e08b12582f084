package dev.snpgate.processor.handwritten;

import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Hand-written masks marked {@code @SnpMask} must equal the generated ones. */
public final class HandWrittenMasks {

  public static final String SNP_MASK = "dev.snpgate.annotations.SnpMask";

  private final Diagnostics diagnostics;

  public HandWrittenMasks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The {@code @SnpMask} fields of records among {@code roots} and their member types that
   * {@code listed} misses: ecj leaves the field a record component's annotation goes to out of
   * {@code getElementsAnnotatedWith}, and the mask would pass unchecked.
   */
  public static List<Element> recordFieldsMissing(Collection<? extends Element> roots, List<Element> listed) {
    List<Element> missing = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(roots)) {
      if (type.getKind() == ElementKind.RECORD) {
        for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
          if (AnnotationAttributes.find(field, SNP_MASK) != null && !listed.contains(field)) {
            missing.add(field);
          }
        }
      }
      missing.addAll(recordFieldsMissing(type.getEnclosedElements(), listed));
    }
    return missing;
  }

  public void check(GuestModel model, List<Element> fields) {
    for (Element element : fields) {
      String name = Diagnostics.describe(element);
      if (element.getKind() != ElementKind.FIELD || element.asType().getKind() != TypeKind.LONG
          || !element.getModifiers().contains(Modifier.STATIC) || !element.getModifiers().contains(Modifier.FINAL)
          || !(((VariableElement) element).getConstantValue() instanceof Long)) {
        diagnostics.error(String.format(Messages.MASK_FIELD_NOT_CONSTANT, name), element);
        continue;
      }
      AnnotationAttributes annotation = AnnotationAttributes.find(element, SNP_MASK);
      AnnotationValue kindValue = annotation.written("value");
      if (!(AnnotationAttributes.valueOf(kindValue) instanceof VariableElement)) {
        continue; // javac reports it
      }
      String kind = ((VariableElement) AnnotationAttributes.valueOf(kindValue)).getSimpleName().toString();
      if (!kind.equals("PRESENT") && !kind.equals("IMPL_REQ")) {
        diagnostics.error(String.format(Messages.MASK_KIND_UNKNOWN, kind), element, annotation.mirror(), kindValue);
        continue;
      }
      long expected = kind.equals("PRESENT") ? model.present() : model.implReq();
      long written = (Long) ((VariableElement) element).getConstantValue();
      if (written != expected) {
        diagnostics.error(String.format(Messages.MASK_FIELD_DIFFERS, name, SevStatus.hex(written), kind,
            SevStatus.hex(expected), SevStatus.hex(expected), differences(model, written, expected)),
            element, annotation.mirror());
      }
    }
  }

  /** {@code bit 18 SecureAVIC is missing here; bit 4 ReflectVC should not be here}. */
  static String differences(GuestModel model, long written, long expected) {
    List<String> parts = new ArrayList<>();
    for (int bit = 0; bit < Catalog.BITS; bit++) {
      long mask = 1L << bit;
      if ((expected & mask) != 0 && (written & mask) == 0) {
        parts.add("bit " + bit + " " + model.nameOf(bit) + " is missing here");
      } else if ((expected & mask) == 0 && (written & mask) != 0) {
        parts.add("bit " + bit + " " + model.nameOf(bit) + " should not be here");
      }
    }
    return String.join("; ", parts);
  }
}
