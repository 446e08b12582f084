package dev.snpgate.processor.validation;

import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The guest owns its gate (docs/design.md, rule 11): a feature library's catalog override that takes a
 * bit out of IMPL_REQ applies only with the guest's {@code @SnpGuest(accept = @SnpAccept(...))}
 * for that library and bit. Without it, one error at the guest names the library, the bit and the
 * line that accepts it; an acceptance that matches no such override is an error too.
 */
public final class LibraryAcceptance {

  private final Diagnostics diagnostics;

  public LibraryAcceptance(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** One {@code @SnpAccept}, where it is written. */
  private record Acceptance(String library, int bit, AnnotationMirror mirror, AnnotationValue value) {}

  /**
   * @param guest the guest's {@code @SnpGuest} element (a guest with feature libraries has one)
   * @param catalog the guest's catalog, every override applied
   * @param libraryOrigins by bit, the library whose override defines it
   */
  public void check(Optional<Element> guest, Catalog catalog,
      Map<Integer, String> libraryOrigins) {
    List<Acceptance> acceptances = guest.isEmpty() ? List.of() : acceptances(guest.get());
    List<Acceptance> used = new ArrayList<>();
    for (Map.Entry<Integer, String> override : libraryOrigins.entrySet()) {
      int bit = override.getKey();
      if (catalog.definition(bit).tier() != Tier.NO_IMPL_NEEDED) {
        continue; // an override that keeps its bit in IMPL_REQ changes nothing about where the guest runs
      }
      Optional<Acceptance> accepted = find(acceptances, override.getValue(), bit);
      if (accepted.isPresent()) {
        used.add(accepted.get());
        continue;
      }
      String message = String.format(Messages.LIBRARY_OVERRIDE_NOT_ACCEPTED, override.getValue(), bit,
          catalog.definition(bit).displayName(), override.getValue(), bit);
      if (guest.isPresent()) {
        diagnostics.error(message, guest.get());
      } else {
        diagnostics.error(message);
      }
    }
    for (Acceptance acceptance : acceptances) {
      if (!used.contains(acceptance)) {
        diagnostics.error(String.format(Messages.ACCEPTANCE_UNUSED, acceptance.library(), acceptance.bit()),
            guest.get(), acceptance.mirror(), acceptance.value());
      }
    }
  }

  private static Optional<Acceptance> find(List<Acceptance> acceptances, String library, int bit) {
    for (Acceptance acceptance : acceptances) {
      if (acceptance.library().equals(library) && acceptance.bit() == bit) {
        return Optional.of(acceptance);
      }
    }
    return Optional.empty();
  }

  private static List<Acceptance> acceptances(Element guest) {
    AnnotationAttributes annotation = AnnotationAttributes.find(guest, GuestDeclaration.SNP_GUEST);
    AnnotationValue accept = annotation == null ? null : annotation.written("accept");
    Object values = accept == null ? null : AnnotationAttributes.valueOf(accept);
    List<Acceptance> found = new ArrayList<>();
    if (!(values instanceof List)) {
      return found;
    }
    for (Object value : (List<?>) values) {
      Object mirror = AnnotationAttributes.valueOf((AnnotationValue) value);
      if (mirror instanceof AnnotationMirror) {
        AnnotationAttributes one = AnnotationAttributes.of((AnnotationMirror) mirror);
        Object bit = AnnotationAttributes.valueOf(one.written("bit"));
        if (bit instanceof Integer) {
          found.add(new Acceptance(one.string("library", ""), (Integer) bit, annotation.mirror(), accept));
        }
      }
    }
    return found;
  }
}
