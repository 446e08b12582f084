package dev.snpgate.processor.library;

import dev.snpgate.processor.Generated;
import dev.snpgate.processor.ModuleInputs;
import dev.snpgate.processor.aggregation.ModuleFeatures;
import dev.snpgate.processor.contribution.ContributionWriter;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.validation.LibraryDeclaration;
import dev.snpgate.processor.validation.OverrideValidator;
import dev.snpgate.processor.validation.ValidatedFeature;
import dev.snpgate.processor.writing.ConstructionWarnings;
import dev.snpgate.processor.writing.OutputFiles;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * A feature library's generation: its features and overrides are validated exactly as a guest's,
 * then written as one contribution for the guests that use it; no registry, manifest, baseline or
 * docs, which would collide with the guest's in a shaded jar.
 */
public final class LibraryGeneration {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  public LibraryGeneration(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /** A class literal of a generic class is not raw: only the deprecation tokens apply to the marker. */
  private static List<String> withoutRawtypes(List<String> tokens) {
    List<String> kept = new ArrayList<>(tokens);
    kept.remove("rawtypes");
    return kept;
  }

  /** Writes the library's contribution; empty when errors stopped it. */
  public Optional<Generated> run(ModuleInputs inputs) throws IOException {
    Optional<ProcessorOptions> options = ProcessorOptions.read(env.getOptions(), diagnostics);
    Optional<LibraryDeclaration> declared = LibraryDeclaration.read(inputs.libraries(), inputs.guests(),
        env.getElementUtils(), diagnostics);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    LibraryDeclaration library = declared.get();
    OverrideValidator.Result overrides = new OverrideValidator(diagnostics).apply(Catalog.builtIn(), inputs.overrides(),
        List.of());
    ModuleFeatures moduleFeatures = new ModuleFeatures(env, diagnostics);
    List<ValidatedFeature> features = moduleFeatures.validate(inputs.features(), overrides.catalog(),
        List.of(library.element()), List.of());
    String markerPackage = ContributionWriter.packageOf(library.element(), env.getElementUtils());
    moduleFeatures.validator(overrides.catalog()).checkReachableFrom(markerPackage, features);
    moduleFeatures.validator(overrides.catalog()).checkDistinctNames(features);
    if (diagnostics.errorCount() != 0 || options.isEmpty()) {
      return Optional.empty();
    }
    String origin = options.get().origin().orElse(library.name());
    if (features.isEmpty()) {
      diagnostics.warning(String.format(Messages.LIBRARY_WITHOUT_FEATURES, origin), library.element());
    }
    List<FeatureDeclaration> declarations = new ArrayList<>();
    List<Element> origins = new ArrayList<>(List.of(library.element()));
    origins.addAll(inputs.overrides());
    for (ValidatedFeature feature : features) {
      declarations.add(feature.declaration());
      origins.add(feature.element());
    }
    List<BitDefinition> overridden = new ArrayList<>();
    for (int bit : overrides.origins().keySet()) {
      overridden.add(overrides.catalog().definition(bit));
    }
    var marker = ContributionWriter.write(markerPackage, origin, "", "", declarations, overridden,
        withoutRawtypes(ConstructionWarnings.of(features, env.getElementUtils())));
    new OutputFiles(env.getFiler(), origins.toArray(new Element[0])).javaSource(marker);
    return Optional.of(new Generated(markerPackage + "." + marker.typeSpec().name(),
        Optional.empty()));
  }
}
