package dev.snpgate.processor.guest;

import dev.snpgate.processor.contribution.Contribution;
import dev.snpgate.processor.contribution.RegistryIndex;
import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the guest's previous build left on the class path, for a recompile of some of its sources:
 * the element carrying its {@code @SnpGuest} (from its guest marker) and its own feature classes
 * (from the {@link RegistryIndex} of its registry in the class output). A full build of the same
 * sources and such a recompile give the same registry, manifest, docs and baseline: a feature
 * class counts while its class file is there with {@code @SnpFeature}, so a deleted or
 * un-annotated class never does.
 */
public final class PreviousBuild {

  private static final String PACKAGE_PREFIX = "package ";

  private final Elements elements;
  private final Filer filer;
  private final Set<String> sourceTypes;
  private Optional<PreviousRegistry> taken = Optional.empty();

  /** @param sourceTypes the top-level types compiled from source in this compilation */
  PreviousBuild(Elements elements, Filer filer, Set<String> sourceTypes) {
    this.elements = elements;
    this.filer = filer;
    this.sourceTypes = sourceTypes;
  }

  /** How a guest marker names the element that carries {@code @SnpGuest}. */
  static String declarationName(Optional<Element> guest) {
    if (guest.isEmpty()) {
      return "";
    }
    Element element = guest.get();
    return element instanceof PackageElement
        ? PACKAGE_PREFIX + ((PackageElement) element).getQualifiedName()
        : ((TypeElement) element).getQualifiedName().toString();
  }

  /**
   * The {@code @SnpGuest} element the guest markers on the class path name, when this compilation
   * has none of its own: the one that still carries {@code @SnpGuest}. Empty when there is none or
   * more than one, which the default rules and the check for other guests then handle.
   */
  List<Element> guestDeclaration(List<Contribution> contributions) {
    List<Element> found = new ArrayList<>();
    for (Contribution contribution : contributions) {
      if (contribution.library() || contribution.declaration().isEmpty()) {
        continue;
      }
      String name = contribution.declaration();
      Element element = name.startsWith(PACKAGE_PREFIX)
          ? elements.getPackageElement(name.substring(PACKAGE_PREFIX.length()))
          : elements.getTypeElement(name);
      if (element != null && AnnotationAttributes.find(element, GuestDeclaration.SNP_GUEST) != null
          && !found.contains(element)) {
        found.add(element);
      }
    }
    return found.size() == 1 ? found : List.of();
  }

  /**
   * The index of the guest's registry from its previous build. In the class output it is this
   * module's, whatever the guest was called then, and its class file is moved aside until
   * {@link #putBackRegistry()} (see {@link PreviousRegistry}). Elsewhere on the class path (a
   * recompile into another directory) it counts only when it is this guest's own: same origin,
   * same {@code @SnpGuest} element. A registry compiled from this compilation's sources indexes
   * nothing.
   *
   * @param declaration how the guest marker names the element carrying {@code @SnpGuest}
   */
  Optional<RegistryIndex.Previous> takeRegistry(String registryClass, String origin, String declaration)
      throws IOException {
    if (sourceTypes.contains(registryClass)) {
      return Optional.empty();
    }
    taken = PreviousRegistry.find(filer, registryClass);
    if (taken.isPresent()) {
      taken.get().moveAside();
      return Optional.of(taken.get().index());
    }
    TypeElement registry = elements.getTypeElement(registryClass);
    return (registry == null ? Optional.<RegistryIndex.Previous>empty() : RegistryIndex.read(registry))
        .filter(index -> index.origin().equals(origin) && index.declaration().equals(declaration));
  }

  /**
   * Whether the index {@link #takeRegistry} gave came from the class output: only there may a
   * registry that would not change be left in place rather than written again.
   */
  boolean registryInClassOutput() {
    return taken.isPresent();
  }

  /** Puts back the registry class file {@link #takeRegistry} moved aside. */
  void putBackRegistry() throws IOException {
    if (taken.isPresent()) {
      taken.get().moveBack();
    }
  }

  /**
   * The feature classes of {@code previous} this compilation does not compile and no library
   * contributes, each still on the class path with {@code @SnpFeature}, with its rationale.
   *
   * @param compiled the canonical names of the feature classes this compilation compiles
   * @param libraries the feature libraries on the class path
   */
  List<Contribution.Feature> stillThere(RegistryIndex.Previous previous, Set<String> compiled,
      List<Contribution> libraries) {
    List<Contribution.Feature> features = new ArrayList<>();
    for (RegistryIndex.Entry entry : previous.features()) {
      if (compiled.contains(entry.canonicalName()) || fromLibrary(entry.canonicalName(), libraries)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(entry.canonicalName());
      if (type != null && AnnotationAttributes.find(type, FeatureValidator.SNP_FEATURE) != null) {
        features.add(new Contribution.Feature(type, entry.rationale()));
      }
    }
    return features;
  }

  private static boolean fromLibrary(String canonicalName, List<Contribution> libraries) {
    for (Contribution library : libraries) {
      for (Contribution.Feature feature : library.features()) {
        if (feature.type().getQualifiedName().contentEquals(canonicalName)) {
          return true;
        }
      }
    }
    return false;
  }
}
