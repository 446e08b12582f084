package dev.snpgate.processor.validation;

import java.util.List;
import java.util.Optional;
import dev.snpgate.processor.model.GuestModel;
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
   * Reads the guest from {@code guestElements} (at most one is valid), defaulting to
   * {@value #DEFAULT_REGISTRY_NAME} in the longest package {@code packages} share (those of the
   * feature classes and catalog overrides; the first in name order when they share none). Empty
   * after reporting an error.
   */
  public static Optional<GuestDeclaration> read(List<Element> guestElements, List<String> packages,
      Elements elements, Diagnostics diagnostics) {
    if (guestElements.size() > 1) {
      for (Element guest : guestElements) {
        Element other = guest == guestElements.get(0) ? guestElements.get(1) : guestElements.get(0);
        diagnostics.error(String.format(Messages.DUPLICATE_GUEST, Diagnostics.describe(guest), Diagnostics.describe(other)), guest);
      }
      return Optional.empty();
    }
    if (guestElements.isEmpty()) {
      String registry = qualify(sharedPackage(packages), DEFAULT_REGISTRY_NAME);
      return Optional.of(new GuestDeclaration(Optional.empty(), defaultName(registry), registry));
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
    if (!name.isEmpty() && !GUEST_NAME.matcher(name).matches()) {
      diagnostics.error(String.format(Messages.GUEST_NAME_NOT_A_TOKEN, Diagnostics.printable(name)), guest, annotation.mirror(),
          annotation.written("name"));
      return Optional.empty();
    }
    return Optional.of(new GuestDeclaration(Optional.of(guest), name.isEmpty() ? defaultName(registry) : name,
        registry));
  }

  static String sharedPackage(List<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String[] shared = packages.get(0).split("\\.");
    int length = shared.length;
    for (String candidate : packages) {
      String[] parts = candidate.split("\\.");
      int common = 0;
      while (common < Math.min(length, parts.length) && parts[common].equals(shared[common])) {
        common++;
      }
      length = common;
    }
    if (length == 0) {
      return packages.stream().sorted().findFirst().orElseThrow();
    }
    return String.join(".", java.util.Arrays.asList(shared).subList(0, length));
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
