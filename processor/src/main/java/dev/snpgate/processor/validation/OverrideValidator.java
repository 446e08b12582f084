package dev.snpgate.processor.validation;

import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
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

  static final Pattern DISPLAY_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private final Diagnostics diagnostics;

  public OverrideValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The result: the guest's catalog and, by bit, the element that overrides it. */
  public record Result(Catalog catalog, Map<Integer, Element> origins) {}

  public Result apply(Catalog builtIn, List<Element> elements) {
    Catalog catalog = builtIn;
    Map<Integer, Element> origins = new TreeMap<>();
    for (Element element : elements) {
      for (AnnotationAttributes override : overridesOn(element)) {
        BitDefinition definition = read(builtIn, element, override, origins);
        if (definition != null) {
          catalog = catalog.withOverride(definition);
          origins.put(definition.bit(), element);
        }
      }
    }
    return new Result(catalog, origins);
  }

  private BitDefinition read(Catalog builtIn, Element element, AnnotationAttributes override,
      Map<Integer, Element> origins) {
    AnnotationValue bitValue = override.written("bit");
    AnnotationValue tierValue = override.written("tier");
    if (bitValue == null || !(bitValue.getValue() instanceof Integer)
        || tierValue == null || !(tierValue.getValue() instanceof VariableElement)) {
      return null; // javac reports missing or ill-typed attributes
    }
    int bit = (Integer) bitValue.getValue();
    if (bit < Catalog.FIRST_FEATURE_BIT || bit >= Catalog.BITS) {
      diagnostics.error(String.format(Messages.OVERRIDE_BIT_OUT_OF_RANGE, bit), element, override.mirror(), bitValue);
      return null;
    }
    BitDefinition current = builtIn.definition(bit);
    if (current.isNamed()) {
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
    if (!DISPLAY_NAME.matcher(name).matches()) {
      diagnostics.error(String.format(Messages.NAME_NOT_A_TOKEN, name), element, override.mirror(),
          override.written("name"));
      return null;
    }
    String reference = override.string("reference", "").strip();
    if (reference.isEmpty()) {
      diagnostics.error(String.format(Messages.OVERRIDE_NEEDS_REFERENCE, bit), element, override.mirror(),
          override.written("reference"));
      return null;
    }
    String longName = override.string("longName", "").strip();
    Tier tier = Tier.valueOf(((VariableElement) tierValue.getValue()).getSimpleName().toString());
    return new BitDefinition(bit, name, longName.isEmpty() ? name : longName, tier, reference);
  }

  /** The overrides on {@code element}, written once or repeated (then inside the container). */
  private static List<AnnotationAttributes> overridesOn(Element element) {
    List<AnnotationAttributes> found = new ArrayList<>();
    AnnotationAttributes single = AnnotationAttributes.find(element, OVERRIDE);
    if (single != null) {
      found.add(single);
    }
    AnnotationAttributes container = AnnotationAttributes.find(element, OVERRIDES);
    if (container != null && container.written("value") != null
        && container.written("value").getValue() instanceof List) {
      for (Object value : (List<?>) container.written("value").getValue()) {
        Object mirror = ((AnnotationValue) value).getValue();
        if (mirror instanceof AnnotationMirror) {
          found.add(AnnotationAttributes.of((AnnotationMirror) mirror));
        }
      }
    }
    return found;
  }
}
