package dev.snpgate.processor.guest;

import com.palantir.javapoet.JavaFile;
import dev.snpgate.annotations.SnpFeature;
import dev.snpgate.baseline.reviewed.ClassOutput;
import dev.snpgate.processor.Generated;
import dev.snpgate.processor.ModuleInputs;
import dev.snpgate.processor.SnpGateProcessor;
import dev.snpgate.processor.aggregation.ModuleFeatures;
import dev.snpgate.processor.contribution.Contribution;
import dev.snpgate.processor.contribution.ContributionReader;
import dev.snpgate.processor.contribution.ContributionWriter;
import dev.snpgate.processor.contribution.RegistryIndex;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.processor.model.Requirement;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.reviewed.CompilerCheck;
import dev.snpgate.processor.reviewed.ProjectPaths;
import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import dev.snpgate.processor.validation.LibraryAcceptance;
import dev.snpgate.processor.validation.OverrideValidator;
import dev.snpgate.processor.validation.RequirementValidator;
import dev.snpgate.processor.validation.ValidatedFeature;
import dev.snpgate.processor.writing.BaselineWriter;
import dev.snpgate.processor.writing.ConstructionWarnings;
import dev.snpgate.processor.writing.ManifestWriter;
import dev.snpgate.processor.writing.OutputFiles;
import dev.snpgate.processor.writing.RegistryWriter;
import dev.snpgate.processor.writing.docs.MarkdownWriter;
import dev.snpgate.processor.writing.docs.RestructuredTextWriter;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.SnpGateVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * One guest's generation, once all its elements are known: validate everything, build the model
 * only from a clean result, write the outputs, then run the checks against checked-in files.
 */
public final class GuestGeneration {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Elements elements;

  public GuestGeneration(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.elements = env.getElementUtils();
  }

  /**
   * Generates the guest; empty when errors stopped it.
   *
   * @param sourceTypes the top-level types compiled from source in this compilation
   */
  public Optional<Generated> run(ModuleInputs inputs, Set<String> sourceTypes) throws IOException {
    PreviousBuild previousBuild = new PreviousBuild(elements, env.getFiler(), sourceTypes);
    try {
      return generate(inputs, sourceTypes, previousBuild);
    } finally {
      previousBuild.putBackRegistry();
    }
  }

  private Optional<Generated> generate(ModuleInputs inputs, Set<String> sourceTypes, PreviousBuild previousBuild)
      throws IOException {
    Optional<ProcessorOptions> options = ProcessorOptions.read(env.getOptions(), diagnostics);
    List<Contribution> contributions = new ContributionReader(elements, diagnostics).read();
    List<Contribution> libraries = new ArrayList<>();
    List<String> libraryOrigins = new ArrayList<>();
    for (Contribution contribution : contributions) {
      if (contribution.library()) {
        libraries.add(contribution);
        libraryOrigins.add(contribution.origin());
      }
    }
    OverrideValidator.Result overrides = new OverrideValidator(diagnostics).apply(Catalog.builtIn(), inputs.overrides(),
        libraries);
    List<Element> declaring = new ArrayList<>(inputs.features());
    declaring.addAll(inputs.overrides());
    // A recompile of a few sources may leave the @SnpGuest element out: the guest marker names it.
    List<Element> guestElements = inputs.guests().isEmpty() ? previousBuild.guestDeclaration(contributions)
        : inputs.guests();
    Optional<GuestDeclaration> guest = GuestDeclaration.read(guestElements, declaring, libraryOrigins, elements,
        diagnostics);
    String origin = options.isEmpty() || guest.isEmpty() ? "" : options.get().origin().orElse(guest.get().name());
    String declaration = PreviousBuild.declarationName(guest.flatMap(GuestDeclaration::element));
    // Taken before anything looks up a type of the registry's package (a lookup the compiler would
    // keep), and put back by run().
    Optional<RegistryIndex.Previous> previous = guest.isEmpty() ? Optional.empty()
        : previousBuild.takeRegistry(guest.get().registryClass(), origin, declaration);
    Set<String> compiled = new TreeSet<>();
    for (TypeElement feature : inputs.features()) {
      compiled.add(feature.getQualifiedName().toString());
    }
    List<Contribution.Feature> recovered = previous.isEmpty() ? List.of()
        : previousBuild.stillThere(previous.get(), compiled, libraries);
    ModuleFeatures moduleFeatures = new ModuleFeatures(env, diagnostics);
    List<ValidatedFeature> features = moduleFeatures.validate(inputs.features(), recovered, overrides.catalog(),
        inputs.guests(), libraries);
    Map<Integer, Requirement> requirements = Map.of();
    if (guest.isPresent()) {
      new LibraryAcceptance(diagnostics).check(guest.get().element(), overrides.catalog(), overrides.libraryOrigins(),
          RequirementValidator.libraryRequirements(features));
      requirements = new RequirementValidator(elements, diagnostics).check(guest.get().element(), declaration,
          overrides.catalog(), features);
      rejectGuestModules(contributions, guest.get(), declaration);
      FeatureValidator checks = moduleFeatures.validator(overrides.catalog());
      checks.checkReachableFrom(GuestModel.packageOf(guest.get().registryClass()), features);
      checks.checkDistinctNames(features);
    }
    if (diagnostics.errorCount() != 0 || guest.isEmpty() || options.isEmpty()) {
      return Optional.empty();
    }
    List<FeatureDeclaration> declarations = new ArrayList<>();
    Map<Integer, Element> causes = new TreeMap<>(overrides.origins());
    List<Element> origins = new ArrayList<>(inputs.guests());
    origins.addAll(inputs.overrides());
    for (ValidatedFeature feature : features) {
      declarations.add(feature.declaration());
      causes.put(feature.declaration().bit(), feature.element());
      origins.add(feature.element());
    }
    // A changed REQUIRED is the requirement's doing, not the implementation's or the override's.
    causes.putAll(RequirementValidator.requiringElements(requirements, features, guest.get().element()));
    if (registryTaken(guest.get(), contributions, sourceTypes, declaring)) {
      return Optional.empty();
    }
    warnWhenTheRuntimeDiffers(guest.get().element());
    Map<Integer, String> overrideOrigins = new TreeMap<>();
    for (int bit : overrides.origins().keySet()) {
      overrideOrigins.put(bit, overrides.libraryOrigins().getOrDefault(bit, GuestModel.GUEST_OVERRIDE));
    }
    GuestModel model = GuestModel.of(guest.get().name(), guest.get().registryClass(), overrides.catalog(), declarations,
        overrideOrigins, requirements);
    String baselineText = BaselineWriter.write(model);
    OutputFiles out = new OutputFiles(env.getFiler(), origins.toArray(new Element[0]));
    RegistryIndex.Indexed registry = RegistryIndex.annotate(new RegistryWriter(SnpGateProcessor.class.getName(),
        elements.getTypeElement("javax.annotation.processing.Generated") != null)
        .write(model, typesInPackage(model.registryPackage()), ConstructionWarnings.of(features, elements)),
        origin, declaration, declarations);
    boolean unchanged = previousBuild.registryInClassOutput() && previous.get().digest().equals(registry.digest());
    if (!unchanged && !writeRegistry(out, registry, guest.get())) {
      return Optional.empty();
    }
    Optional<Path> classOutput = out.classOutputResource(ManifestWriter.PATH, new ManifestWriter().write(model));
    out.classOutputResource(ClassOutput.BASELINE_PATH, baselineText);
    Map<String, String> docs = new TreeMap<>();
    docs.put(ClassOutput.MARKDOWN_FILE, new MarkdownWriter().write(model));
    docs.put(ClassOutput.RST_FILE, new RestructuredTextWriter().write(model));
    out.classOutputResource(ClassOutput.MARKDOWN_PATH, docs.get(ClassOutput.MARKDOWN_FILE));
    out.classOutputResource(ClassOutput.RST_PATH, docs.get(ClassOutput.RST_FILE));
    ProjectPaths paths = ProjectPaths.of(options.get().projectDir(), classOutput);
    new CompilerCheck(diagnostics, options.get(), paths).run(baselineText, docs, causes, guest.get().element(),
        this::featureClassOnClassPath);
    writeGuestContribution(origin, declaration, model, origins.get(0), out);
    return Optional.of(new Generated(model.registryClass(), Optional.of(model)));
  }

  /**
   * Whether the registry's name is another class's, reported if so. On the class path, a registry
   * class that a guest contribution names is this guest's own from an earlier build (an IDE or
   * Gradle recompiling a few files against the old output): it is generated anew. Any other class
   * would stay beside the generated one, and the class path order would decide which the guest
   * loads.
   */
  private boolean registryTaken(GuestDeclaration guest, List<Contribution> contributions, Set<String> sourceTypes,
      List<Element> declaring) {
    String registry = guest.registryClass();
    TypeElement existing = elements.getTypeElement(registry);
    if (existing == null) {
      return false;
    }
    if (sourceTypes.contains(registry)) {
      diagnostics.error(String.format(Messages.REGISTRY_EXISTS, registry), existing);
      return true;
    }
    for (Contribution contribution : contributions) {
      if (!contribution.library() && contribution.registry().equals(registry)) {
        return false;
      }
    }
    String message = String.format(Messages.REGISTRY_ON_CLASS_PATH, registry);
    if (guest.element().isPresent()) {
      AnnotationAttributes annotation = AnnotationAttributes.find(guest.element().get(), GuestDeclaration.SNP_GUEST);
      diagnostics.error(message, guest.element().get(), annotation.mirror(), annotation.written("registry"));
    } else {
      // The default registry's name comes from the package of the guest's declarations.
      diagnostics.error(message, declaring.get(0));
    }
    return true;
  }

  /** Whether a class of that name with {@code @SnpFeature} is here, as a bit the baseline lost still may be. */
  private boolean featureClassOnClassPath(String name) {
    TypeElement type = elements.getTypeElement(name);
    return type != null && type.getAnnotation(SnpFeature.class) != null;
  }

  /** Another guest's module on the class path: its features are in no guest but its own. */
  private void rejectGuestModules(List<Contribution> contributions, GuestDeclaration guest, String declaration) {
    for (Contribution contribution : contributions) {
      // A marker of this guest's own earlier build names the same @SnpGuest element, whatever registry it had.
      boolean own = contribution.registry().equals(guest.registryClass())
          || !declaration.isEmpty() && contribution.declaration().equals(declaration);
      if (!contribution.library() && !own) {
        String message = String.format(Messages.GUEST_ON_CLASS_PATH, contribution.origin(), contribution.registry());
        if (guest.element().isPresent()) {
          diagnostics.error(message, guest.element().get());
        } else {
          diagnostics.error(message);
        }
      }
    }
  }

  /**
   * Marks this module as a guest, so that another guest that has it on its class path says to
   * declare it a library instead of leaving its features out. The mark names no class: it only
   * says "a guest, with this registry", and where its {@code @SnpGuest} is. Its name is a digest
   * of all it says, so one already on the class path (an earlier build's) is the same class.
   */
  private void writeGuestContribution(String origin, String declaration, GuestModel model, Element inThisModule,
      OutputFiles out) throws IOException {
    String markerPackage = ContributionWriter.packageOf(inThisModule, elements);
    JavaFile marker = ContributionWriter.write(markerPackage, origin, model.registryClass(), declaration, List.of(),
        List.of(), List.of());
    if (elements.getTypeElement(marker.packageName() + "." + marker.typeSpec().name()) == null) {
      out.javaSource(marker);
    }
  }

  /**
   * Writes the registry; false after an error when the compiler will not replace the one an earlier
   * build left on the class path: ecj's batch compiler refuses any type it has already read, which
   * it has when a class it compiles imports the registry (otherwise {@link PreviousRegistry} keeps
   * the old class out of its sight).
   */
  private boolean writeRegistry(OutputFiles out, RegistryIndex.Indexed registry, GuestDeclaration guest)
      throws IOException {
    try {
      out.javaSource(registry.registry());
      return true;
    } catch (FilerException e) {
      String message = String.format(Messages.REGISTRY_NOT_REPLACED, guest.registryClass(), e.getMessage());
      if (guest.element().isPresent()) {
        diagnostics.error(message, guest.element().get());
      } else {
        diagnostics.error(message);
      }
      return false;
    }
  }

  /**
   * The registry is generated from this processor's catalog and checked at boot against the
   * runtime the guest runs with; the gate decides a mismatch fail closed, but the build should say
   * so first. An older runtime has no version class at all.
   */
  private void warnWhenTheRuntimeDiffers(Optional<Element> guest) {
    TypeElement versionClass = elements.getTypeElement(SnpGateVersion.class.getName());
    Object runtimeVersion = null;
    for (VariableElement field : versionClass == null ? List.<VariableElement>of()
        : ElementFilter.fieldsIn(versionClass.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("VERSION")) {
        runtimeVersion = field.getConstantValue();
      }
    }
    if (!SnpGateVersion.VERSION.equals(runtimeVersion)) {
      String message = String.format(Messages.RUNTIME_VERSION_DIFFERS, SnpGateVersion.VERSION,
          runtimeVersion == null ? "an older version" : runtimeVersion);
      if (guest.isPresent()) {
        diagnostics.warning(message, guest.get());
      } else {
        diagnostics.warning(message);
      }
    }
  }

  /** The simple names of the types in {@code packageName}, in name order. */
  private List<String> typesInPackage(String packageName) {
    PackageElement registryPackage = elements.getPackageElement(packageName);
    Set<String> names = new TreeSet<>();
    for (Element member : registryPackage == null ? List.<Element>of() : registryPackage.getEnclosedElements()) {
      names.add(member.getSimpleName().toString());
    }
    return new ArrayList<>(names);
  }
}
