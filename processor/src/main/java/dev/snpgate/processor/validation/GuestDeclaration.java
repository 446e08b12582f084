package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The guest's identity: its name and its registry's class name, from an optional {@code @SnpGuest}
 * or else from the feature classes.
 *
 * @param element the {@code @SnpGuest} element, if any
 * @param name the guest's name
 * @param registryClass the generated registry's fully qualified name
 */
public record GuestDeclaration(Optional<Element> element, String name, String registryClass) {

  public static final String SNP_GUEST = "dev.snpgate.annotations.SnpGuest";
  public static final String DEFAULT_REGISTRY_NAME = "SnpGateRegistry";
  public static final String UNNAMED_GUEST = "unnamed-guest";

  private static final java.util.regex.Pattern GUEST_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * Reads the guest from {@code guestElements} (at most one is valid). Without {@code @SnpGuest}
   * the registry is {@value #DEFAULT_REGISTRY_NAME} in the one package of the compilation's
   * feature classes and catalog overrides ({@code declaring}); when they span packages, or
   * features come from libraries, {@code @SnpGuest} is required, so that the class the boot code
   * imports never moves because a feature was added. Empty after reporting an error.
   *
   * @param libraryOrigins the feature libraries whose features the guest has, in order
   */
  public static Optional<GuestDeclaration> read(List<Element> guestElements, List<Element> declaring,
      List<String> libraryOrigins, Elements elements, Diagnostics diagnostics) {
    if (guestElements.size() > 1) {
      for (Element guest : guestElements) {
        Element other = guest == guestElements.get(0) ? guestElements.get(1) : guestElements.get(0);
        diagnostics.error(String.format(Messages.DUPLICATE_GUEST, Diagnostics.describe(guest), Diagnostics.describe(other)), guest);
      }
      return Optional.empty();
    }
    if (guestElements.isEmpty()) {
      return defaultGuest(declaring, libraryOrigins, elements, diagnostics);
    }
    Element guest = guestElements.get(0);
    AnnotationAttributes annotation = AnnotationAttributes.find(guest, SNP_GUEST);
    String guestPackage = elements.getPackageOf(guest).getQualifiedName().toString();
    String registry = annotation.string("registry", "");
    if (registry.isEmpty()) {
      registry = qualify(guestPackage, DEFAULT_REGISTRY_NAME);
    } else {
      Optional<String> problem = RegistryNames.problem(registry, elements);
      if (problem.isPresent()) {
        diagnostics.error(problem.get(), guest, annotation.mirror(), annotation.written("registry"));
        return Optional.empty();
      }
    }
    String name = annotation.string("name", "").strip();
    Optional<String> problem = TextLimits.problem("name", name, TextLimits.NAME);
    if (problem.isEmpty() && !name.isEmpty() && !GUEST_NAME.matcher(name).matches()) {
      problem = Optional.of(String.format(Messages.GUEST_NAME_NOT_A_TOKEN, Diagnostics.printable(name)));
    }
    if (problem.isPresent()) {
      diagnostics.error(problem.get(), guest, annotation.mirror(), annotation.written("name"));
      return Optional.empty();
    }
    return Optional.of(new GuestDeclaration(Optional.of(guest), name.isEmpty() ? defaultName(registry) : name,
        registry));
  }

  private static Optional<GuestDeclaration> defaultGuest(List<Element> declaring, List<String> libraryOrigins,
      Elements elements, Diagnostics diagnostics) {
    java.util.Set<String> packages = new java.util.TreeSet<>();
    for (Element element : declaring) {
      packages.add(elements.getPackageOf(element).getQualifiedName().toString());
    }
    String why = !libraryOrigins.isEmpty() ? "come from feature libraries (" + String.join(", ", libraryOrigins) + ")"
        : packages.size() > 1 ? "span the packages " + packageList(packages) : "";
    if (!why.isEmpty()) {
      if (declaring.isEmpty()) {
        diagnostics.error(String.format(Messages.GUEST_REQUIRED, why));
      }
      for (Element element : declaring) {
        diagnostics.error(String.format(Messages.GUEST_REQUIRED, why), element);
      }
      return Optional.empty();
    }
    String registry = qualify(packages.isEmpty() ? "" : packages.iterator().next(), DEFAULT_REGISTRY_NAME);
    return Optional.of(new GuestDeclaration(Optional.empty(), defaultName(registry), registry));
  }

  /** {@code a, b}; the unnamed package, which has no name to list, last and in words. */
  private static String packageList(Set<String> packages) {
    List<String> named = new ArrayList<>(packages);
    boolean unnamed = named.remove("");
    return String.join(", ", named) + (unnamed ? " and the unnamed package" : "");
  }

  /** The registry's package, or {@value #UNNAMED_GUEST} for a registry in the unnamed package. */
  private static String defaultName(String registryClass) {
    String registryPackage = GuestModel.packageOf(registryClass);
    return registryPackage.isEmpty() ? UNNAMED_GUEST : registryPackage;
  }

  private static String qualify(String packageName, String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

}
