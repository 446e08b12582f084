package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.FeatureDeclaration;
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
 * bit out of IMPL_REQ, and a library's feature marked {@code @SnpFeature(required = true)}, apply only
 * with the guest's {@code @SnpGuest(accept = @SnpAccept(...))} for that library and bit. Without it,
 * one error at the guest names the library, the bit and the line that accepts it; an acceptance
 * that matches no such override or requirement is an error too.
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
   * @param libraryRequirements the feature libraries' classes marked {@code @SnpFeature(required = true)}
   */
  public void check(Optional<Element> guest, Catalog catalog, Map<Integer, String> libraryOrigins,
      List<FeatureDeclaration> libraryRequirements) {
    List<Acceptance> acceptances = guest.isEmpty() ? List.of() : acceptances(guest.get());
    List<Acceptance> used = new ArrayList<>();
    for (Map.Entry<Integer, String> override : libraryOrigins.entrySet()) {
      int bit = override.getKey();
      if (catalog.definition(bit).tier() != Tier.NO_IMPL_NEEDED) {
        continue; // an override that keeps its bit in IMPL_REQ changes nothing about where the guest runs
      }
      require(acceptances, used, override.getValue(), bit, guest, String.format(Messages.LIBRARY_OVERRIDE_NOT_ACCEPTED,
          override.getValue(), bit, catalog.definition(bit).displayName(), override.getValue(), bit));
    }
    // One acceptance of (library, bit) covers both what the library's override and its feature say of the bit.
    for (FeatureDeclaration feature : libraryRequirements) {
      require(acceptances, used, feature.origin(), feature.bit(), guest, String.format(
          Messages.LIBRARY_REQUIREMENT_NOT_ACCEPTED, feature.origin(), feature.bit(),
          catalog.definition(feature.bit()).displayName(), feature.canonicalName(), feature.origin(), feature.bit()));
    }
    for (Acceptance acceptance : acceptances) {
      if (!used.contains(acceptance)) {
        diagnostics.error(String.format(Messages.ACCEPTANCE_UNUSED, acceptance.library(), acceptance.bit()),
            guest.get(), acceptance.mirror(), acceptance.value());
      }
    }
  }

  /**
   * Marks the acceptance of {@code library}'s {@code bit} used, or reports {@code unaccepted} at the
   * guest's {@code @SnpGuest}, where the acceptance goes (on the element alone, javac and ecj name
   * different lines of a package-info).
   */
  private void require(List<Acceptance> acceptances, List<Acceptance> used, String library, int bit,
      Optional<Element> guest, String unaccepted) {
    Optional<Acceptance> accepted = find(acceptances, library, bit);
    if (accepted.isPresent()) {
      used.add(accepted.get());
    } else if (guest.isPresent()) {
      AnnotationAttributes annotation = AnnotationAttributes.find(guest.get(), GuestDeclaration.SNP_GUEST);
      diagnostics.error(unaccepted, guest.get(), annotation == null ? null : annotation.mirror());
    } else {
      diagnostics.error(unaccepted);
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
    List<Acceptance> found = new ArrayList<>();
    if (annotation == null) {
      return found;
    }
    for (AnnotationAttributes one : annotation.nested("accept")) {
      Object bit = AnnotationAttributes.valueOf(one.written("bit"));
      if (bit instanceof Integer) {
        found.add(new Acceptance(one.string("library", ""), (Integer) bit, annotation.mirror(),
            annotation.written("accept")));
      }
    }
    return found;
  }
}
