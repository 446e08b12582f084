package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.model.Requirement;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SevStatus;
import dev.snpgate.runtime.SnpGateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The guest's REQUIRED bits and who requires each: {@code @SnpGuest(requiresSnp = true)} for bit 2,
 * each {@code @SnpGuest(requires = @SnpRequire(...))}, and each feature class, the guest's own or
 * an accepted library's, marked {@code @SnpFeature(required = true)}. Each bit is required in one
 * place, where the reason belongs: on its class when it has one.
 */
public final class RequirementValidator {

  /** How a requirement of the guest's own declaration names who requires it, before the element's name. */
  public static final String BY_GUEST = "@SnpGuest ";

  static final String FEATURE_REGISTRY = "dev.snpgate.runtime.FeatureRegistry";
  static final String REQUIRES = "requires";
  static final String REQUIRES_SNP = "requiresSnp";

  private final Elements elements;
  private final Diagnostics diagnostics;

  public RequirementValidator(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Whether {@code feature}'s class says the host must enable its bit. */
  public static boolean markedRequired(ValidatedFeature feature) {
    AnnotationAttributes annotation = AnnotationAttributes.find(feature.element(), FeatureValidator.SNP_FEATURE);
    return annotation != null && annotation.bool("required", false);
  }

  /** The feature libraries' classes marked required, which the guest must accept. */
  public static List<FeatureDeclaration> libraryRequirements(List<ValidatedFeature> features) {
    List<FeatureDeclaration> required = new ArrayList<>();
    for (ValidatedFeature feature : features) {
      if (!feature.declaration().origin().isEmpty() && markedRequired(feature)) {
        required.add(feature.declaration());
      }
    }
    return required;
  }

  /**
   * By bit, where each requirement is written, for a finding on the bit to point at: the guest's own
   * feature class marked required, else the {@code @SnpGuest} element, which carries the
   * {@code @SnpRequire}, {@code requiresSnp} or the acceptance of a library's requirement (the
   * library's class is in a jar, with no line to point at).
   */
  public static Map<Integer, Element> requiringElements(Map<Integer, Requirement> requirements,
      List<ValidatedFeature> features, Optional<Element> guest) {
    Map<Integer, Element> elements = new TreeMap<>();
    for (int bit : requirements.keySet()) {
      guest.ifPresent(element -> elements.put(bit, element));
    }
    for (ValidatedFeature feature : features) {
      int bit = feature.declaration().bit();
      if (requirements.containsKey(bit) && feature.declaration().origin().isEmpty() && markedRequired(feature)) {
        elements.put(bit, feature.element());
      }
    }
    return elements;
  }

  /**
   * The guest's requirements by bit, after reporting what is wrong with them.
   *
   * @param guest the {@code @SnpGuest} element, if any
   * @param declaration how the guest marker names that element ({@code package g} or a class name)
   * @param catalog the guest's catalog, every override applied
   * @param features the guest's valid features, its own and its libraries'
   */
  public Map<Integer, Requirement> check(Optional<Element> guest, String declaration, Catalog catalog,
      List<ValidatedFeature> features) {
    Map<Integer, Requirement> requirements = new TreeMap<>();
    Map<Integer, ValidatedFeature> byBit = new TreeMap<>();
    for (ValidatedFeature feature : features) {
      FeatureDeclaration declared = feature.declaration();
      byBit.put(declared.bit(), feature);
      if (markedRequired(feature)) {
        requirements.put(declared.bit(), new Requirement(declared.bit(), declared.implementationWithOrigin(),
            declared.rationale()));
      }
    }
    AnnotationAttributes annotation = guest.isEmpty() ? null
        : AnnotationAttributes.find(guest.get(), GuestDeclaration.SNP_GUEST);
    if (annotation != null) {
      if (annotation.bool(REQUIRES_SNP, false)) {
        requirements.put(Catalog.SNP_BIT, new Requirement(Catalog.SNP_BIT, BY_GUEST + declaration, ""));
      }
      List<Integer> written = new ArrayList<>();
      for (AnnotationAttributes require : annotation.nested(REQUIRES)) {
        Object bit = AnnotationAttributes.valueOf(require.written("bit"));
        if (!(bit instanceof Integer)) {
          continue; // javac reports a missing or ill-typed bit
        }
        String rationale = require.string("rationale", "").strip();
        Optional<String> rationaleProblem = rationaleProblem((Integer) bit, rationale);
        Optional<String> problem = rationaleProblem.isPresent() ? Optional.empty()
            : problem((Integer) bit, written, catalog, byBit);
        written.add((Integer) bit);
        if (rationaleProblem.isPresent()) {
          diagnostics.error(rationaleProblem.get(), guest.get(), require.mirror(), require.written("rationale"));
        } else if (problem.isPresent()) {
          diagnostics.error(problem.get(), guest.get(), require.mirror(), require.written("bit"));
        } else {
          requirements.put((Integer) bit, new Requirement((Integer) bit, BY_GUEST + declaration, rationale));
        }
      }
    }
    if (!requirements.isEmpty()) {
      checkRuntimeKnowsRequired(requirements, guest, byBit);
    }
    return requirements;
  }

  /** What is wrong with a {@code @SnpRequire}'s rationale, if anything: checked first, so no message quotes a long one. */
  private static Optional<String> rationaleProblem(int bit, String rationale) {
    return rationale.isEmpty() ? Optional.of(String.format(Messages.REQUIRE_RATIONALE_EMPTY, bit))
        : TextLimits.problem("rationale", rationale, TextLimits.PROSE);
  }

  /** What is wrong with {@code @SnpRequire(bit)}, if anything; {@code earlier} holds the bits written before. */
  private static Optional<String> problem(int bit, List<Integer> earlier, Catalog catalog,
      Map<Integer, ValidatedFeature> byBit) {
    if (bit >= 0 && bit < Catalog.FIRST_FEATURE_BIT) {
      return Optional.of(String.format(Messages.REQUIRE_STATE_BIT, bit));
    }
    if (bit < 0 || bit >= Catalog.BITS) {
      return Optional.of(String.format(Messages.REQUIRE_BIT_OUT_OF_RANGE, bit));
    }
    if (earlier.contains(bit)) {
      return Optional.of(String.format(Messages.REQUIRE_TWICE, bit));
    }
    ValidatedFeature feature = byBit.get(bit);
    if (feature != null && feature.declaration().origin().isEmpty()) {
      return Optional.of(String.format(Messages.REQUIRE_OWN_FEATURE, bit, feature.declaration().canonicalName()));
    }
    if (feature != null && markedRequired(feature)) {
      FeatureDeclaration declared = feature.declaration();
      return Optional.of(String.format(Messages.REQUIRE_LIBRARY_REQUIRED, bit, declared.canonicalName(),
          declared.origin(), declared.origin(), bit));
    }
    BitDefinition definition = catalog.definition(bit);
    if (!definition.isNamed() && feature == null) {
      return Optional.of(String.format(Messages.REQUIRE_UNDEFINED_BIT, bit));
    }
    if (definition.tier().needsImplementation() && feature == null) {
      return Optional.of(String.format(Messages.REQUIRED_WITHOUT_IMPLEMENTATION, bit, definition.displayName(),
          definition.tier()));
    }
    return Optional.empty();
  }

  /**
   * An older runtime's FeatureRegistry has no {@code required()}: the generated override would be a
   * method its gate never calls, and the guest would boot where it must not.
   */
  private void checkRuntimeKnowsRequired(Map<Integer, Requirement> requirements, Optional<Element> guest,
      Map<Integer, ValidatedFeature> byBit) {
    TypeElement registry = elements.getTypeElement(FEATURE_REGISTRY);
    if (registry == null) {
      return; // no runtime at all: reported once, as such
    }
    for (ExecutableElement method : ElementFilter.methodsIn(registry.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("required") && method.getParameters().isEmpty()) {
        return;
      }
    }
    String message = String.format(Messages.RUNTIME_WITHOUT_REQUIRED,
        SevStatus.hex(Requirement.mask(requirements.values())), SnpGateVersion.VERSION);
    Element at = guest.isPresent() ? guest.get() : byBit.get(requirements.keySet().iterator().next()).element();
    diagnostics.error(message, at);
  }
}
