package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;

/**
 * Whether a name written in {@code @SnpGuest(registry = ...)} can be a generated class: a
 * qualified name, not a restricted identifier, outside {@code java.*}, in a package that is not
 * also a class, and short enough for a file name. Checked here, so that none of them fails later
 * in javac's own words, at the generated file, or as a file-system error.
 */
final class RegistryNames {

  /** Not keywords, so {@link SourceVersion#isName} accepts them, yet no class may be called so. */
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits", "_");

  /** File systems allow 255 bytes per name; {@code .class} and {@code .java} take 6 of them. */
  static final int MAX_SIMPLE_NAME_BYTES = 200;

  private RegistryNames() {}

  static Optional<String> problem(String registry, Elements elements) {
    String registryPackage = GuestModel.packageOf(registry);
    String simpleName = registry.substring(registry.lastIndexOf('.') + 1);
    if (!SourceVersion.isName(registry) || registryPackage.isEmpty()) {
      return Optional.of(String.format(Messages.BAD_REGISTRY_NAME, Diagnostics.printable(registry)));
    }
    if (RESTRICTED.contains(simpleName)) {
      return Optional.of(String.format(Messages.REGISTRY_NAME_RESTRICTED, registry, simpleName));
    }
    if (registryPackage.equals("java") || registryPackage.startsWith("java.")) {
      return Optional.of(String.format(Messages.REGISTRY_IN_JAVA_PACKAGE, registry));
    }
    if (simpleName.getBytes(StandardCharsets.UTF_8).length > MAX_SIMPLE_NAME_BYTES) {
      return Optional.of(String.format(Messages.REGISTRY_NAME_TOO_LONG, simpleName.length(), MAX_SIMPLE_NAME_BYTES));
    }
    if (elements.getTypeElement(registryPackage) != null) {
      return Optional.of(String.format(Messages.REGISTRY_PACKAGE_IS_A_CLASS, registry, registryPackage, registryPackage));
    }
    return Optional.empty();
  }
}
