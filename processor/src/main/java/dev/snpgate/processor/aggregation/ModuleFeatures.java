package dev.snpgate.processor.aggregation;

import dev.snpgate.processor.contribution.Contribution;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.ValidatedFeature;
import dev.snpgate.runtime.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Validates the feature classes a guest or a library is made of, its own and those its feature
 * libraries contribute, by the same rules, and keeps one class per bit across all of them.
 */
public final class ModuleFeatures {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Elements elements;

  public ModuleFeatures(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.elements = env.getElementUtils();
  }

  /**
   * @param own the compilation's feature classes
   * @param declaring the compilation's declaring elements, where a missing runtime is reported
   * @param libraries the feature libraries on the class path
   */
  public List<ValidatedFeature> validate(List<TypeElement> own, Catalog catalog, List<Element> declaring,
      List<Contribution> libraries) {
    return validate(own, List.of(), catalog, declaring, libraries);
  }

  /**
   * @param ownFromClassPath the guest's own feature classes an earlier build compiled and this one
   *     does not, with the rationales that build found: validated with the compiled ones, in one
   *     name order, so a recompile of a few sources gives what a full build gives
   */
  public List<ValidatedFeature> validate(List<TypeElement> own, List<Contribution.Feature> ownFromClassPath, Catalog catalog,
      List<Element> declaring, List<Contribution> libraries) {
    if (elements.getTypeElement(FeatureValidator.GUEST_FEATURE) == null) {
      List<Element> candidates = new ArrayList<>(own);
      candidates.addAll(declaring);
      if (candidates.isEmpty()) {
        diagnostics.error(Messages.RUNTIME_MISSING);
      } else {
        diagnostics.error(Messages.RUNTIME_MISSING, candidates.get(0));
      }
    }
    FeatureValidator validator = validator(catalog);
    List<ValidatedFeature> validated = new ArrayList<>();
    Map<String, Optional<ValidatedFeature>> byName = new TreeMap<>();
    for (TypeElement element : own) {
      byName.put(element.getQualifiedName().toString(), validator.validate(element));
    }
    for (Contribution.Feature feature : ownFromClassPath) {
      byName.put(feature.type().getQualifiedName().toString(),
          validator.validate(feature.type(), Optional.of(feature.rationale())));
    }
    for (Optional<ValidatedFeature> feature : byName.values()) {
      feature.ifPresent(validated::add);
    }
    for (Contribution library : libraries) {
      for (Contribution.Feature feature : library.features()) {
        validator.validate(feature.type(), Optional.of(feature.rationale())).ifPresent(valid -> validated.add(new ValidatedFeature(valid.element(),
            valid.declaration().fromLibrary(library.origin(), feature.rationale()))));
      }
    }
    return validator.withoutDuplicates(validated);
  }

  public FeatureValidator validator(Catalog catalog) {
    TypeElement guestFeatureType = elements.getTypeElement(FeatureValidator.GUEST_FEATURE);
    TypeMirror guestFeature = guestFeatureType == null ? null : guestFeatureType.asType();
    return new FeatureValidator(elements, env.getTypeUtils(), catalog, diagnostics, guestFeature);
  }
}
