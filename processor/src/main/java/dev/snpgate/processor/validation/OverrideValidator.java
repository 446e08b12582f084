package dev.snpgate.processor.validation;

import dev.snpgate.processor.contribution.Contribution;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Reads a guest's {@code @SnpCatalogOverride}s and applies them to the built-in catalog: each may
 * define one bit the built-in catalog holds as reserved, once.
 */
public final class OverrideValidator {

  public static final String OVERRIDE = "dev.snpgate.annotations.SnpCatalogOverride";
  public static final String OVERRIDES = "dev.snpgate.annotations.SnpCatalogOverrides";

  private final Diagnostics diagnostics;

  public OverrideValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The result: the guest's catalog and, by bit, the element that overrides it (for a library's
   * override, the library's contribution marker) and, for a library's override, the library's name.
   */
  public record Result(Catalog catalog, Map<Integer, Element> origins, Map<Integer, String> libraryOrigins) {}

  /**
   * Applies the compilation's own overrides, on {@code elements}, then those of the feature
   * libraries on the class path; two for one bit, wherever they are, is an error.
   */
  public Result apply(Catalog builtIn, List<Element> elements, List<Contribution> libraries) {
    List<Map.Entry<Element, AnnotationAttributes>> all = new ArrayList<>();
    List<String> libraryOf = new ArrayList<>();
    for (Element element : elements) {
      for (AnnotationAttributes override : overridesOn(element)) {
        all.add(Map.entry(element, override));
        libraryOf.add("");
      }
    }
    for (Contribution library : libraries) {
      for (AnnotationAttributes override : library.overrides()) {
        all.add(Map.entry(library.marker(), override));
        libraryOf.add(library.origin());
      }
    }
    Catalog catalog = builtIn;
    Map<Integer, Element> origins = new TreeMap<>();
    Map<Integer, String> libraryOrigins = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      Map.Entry<Element, AnnotationAttributes> override = all.get(i);
      BitDefinition definition = read(catalog, override.getKey(), override.getValue(), origins);
      if (definition != null) {
        catalog = catalog.withOverride(definition);
        origins.put(definition.bit(), override.getKey());
        if (!libraryOf.get(i).isEmpty()) {
          libraryOrigins.put(definition.bit(), libraryOf.get(i));
        }
      }
    }
    return new Result(catalog, origins, libraryOrigins);
  }

  /** One override read against {@code catalog}, the built-in one with the overrides read before. */
  private BitDefinition read(Catalog catalog, Element element, AnnotationAttributes override,
      Map<Integer, Element> origins) {
    AnnotationValue bitValue = override.written("bit");
    AnnotationValue tierValue = override.written("tier");
    if (!(AnnotationAttributes.valueOf(bitValue) instanceof Integer)
        || !(AnnotationAttributes.valueOf(tierValue) instanceof VariableElement)) {
      return null; // javac reports missing or ill-typed attributes
    }
    int bit = (Integer) AnnotationAttributes.valueOf(bitValue);
    if (bit < Catalog.FIRST_FEATURE_BIT || bit >= Catalog.BITS) {
      diagnostics.error(String.format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, bit), element, override.mirror(), bitValue);
      return null;
    }
    BitDefinition current = catalog.definition(bit);
    if (current.isNamed() && !origins.containsKey(bit)) {
      diagnostics.error(String.format(Messages.OVERRIDE_OF_DEFINED_BIT, bit, current.name(), current.tier()),
          element, override.mirror(), bitValue);
      return null;
    }
    if (origins.containsKey(bit)) {
      diagnostics.error(String.format(Messages.OVERRIDE_TWICE, bit, Diagnostics.describe(origins.get(bit)), Diagnostics.describe(element)),
          element, override.mirror(), bitValue);
      return null;
    }
    String name = override.string("name", "");
    Optional<String> nameProblem = DisplayNames.problem(name, bit, catalog);
    if (nameProblem.isPresent()) {
      diagnostics.error(nameProblem.get(), element, override.mirror(), override.written("name"));
      return null;
    }
    String tierName = ((VariableElement) AnnotationAttributes.valueOf(tierValue)).getSimpleName().toString();
    if (!tierName.equals(Tier.IMPL_REQUIRED.name()) && !tierName.equals(Tier.NO_IMPL_NEEDED.name())) {
      diagnostics.error(String.format(Messages.OVERRIDE_TIER_UNKNOWN, tierName), element, override.mirror(), tierValue);
      return null;
    }
    String reference = override.string("reference", "").strip();
    if (reference.isEmpty()) {
      diagnostics.error(String.format(Messages.OVERRIDE_NEEDS_REFERENCE, bit), element, override.mirror(),
          override.written("reference"));
      return null;
    }
    String longName = override.string("longName", "").strip();
    for (String prose : List.of("longName", "reference")) {
      Optional<String> tooLong = TextLimits.problem(prose, override.string(prose, "").strip(), TextLimits.PROSE);
      if (tooLong.isPresent()) {
        diagnostics.error(tooLong.get(), element, override.mirror(), override.written(prose));
        return null;
      }
    }
    Tier tier = Tier.valueOf(tierName);
    return new BitDefinition(bit, name, longName.isEmpty() ? name : longName, tier, reference);
  }

  /** The overrides on {@code element}, written once or repeated (then inside the container). */
  public static List<AnnotationAttributes> overridesOn(Element element) {
    List<AnnotationAttributes> found = new ArrayList<>();
    AnnotationAttributes single = AnnotationAttributes.find(element, OVERRIDE);
    if (single != null) {
      found.add(single);
    }
    AnnotationAttributes container = AnnotationAttributes.find(element, OVERRIDES);
    if (container != null && container.written("value") != null
        && AnnotationAttributes.valueOf(container.written("value")) instanceof List) {
      for (Object value : (List<?>) AnnotationAttributes.valueOf(container.written("value"))) {
        Object mirror = AnnotationAttributes.valueOf((AnnotationValue) value);
        if (mirror instanceof AnnotationMirror) {
          found.add(AnnotationAttributes.of((AnnotationMirror) mirror));
        }
      }
    }
    return found;
  }
}
