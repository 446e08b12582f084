package dev.snpgate.processor;

import com.google.auto.service.AutoService;
import dev.snpgate.processor.guest.GuestGeneration;
import dev.snpgate.processor.handwritten.HandWrittenMasks;
import dev.snpgate.processor.library.LibraryGeneration;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.resolution.CurrentElements;
import dev.snpgate.processor.resolution.Resolution;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import dev.snpgate.processor.validation.LibraryDeclaration;
import dev.snpgate.processor.validation.OverrideValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The entry point: gathers the guest's annotated elements across rounds, defers while any of them
 * is not resolved yet (another processor may still generate what it refers to), and in the first
 * round with nothing deferred hands everything to {@link GuestGeneration} (or, for a feature
 * library, {@link LibraryGeneration}), once. Hand-written masks
 * are compared in the last round, when the registry they may refer to is compiled. Nothing
 * escapes {@link #process}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
    FeatureValidator.SNP_FEATURE,
    GuestDeclaration.SNP_GUEST,
    OverrideValidator.OVERRIDE,
    OverrideValidator.OVERRIDES,
    HandWrittenMasks.SNP_MASK,
    LibraryDeclaration.SNP_LIBRARY,
    SnpGateProcessor.CONTRIBUTION,
    SnpGateProcessor.GENERATED
})
public final class SnpGateProcessor extends AbstractProcessor {

  /** The registry's own marker, claimed in the round that compiles it when it is the only one. */
  static final String GENERATED = "javax.annotation.processing.Generated";
  /** The marker snpgate writes for other compilations; claimed so that -Xlint:processing stays quiet. */
  static final String CONTRIBUTION = "dev.snpgate.annotations.SnpContribution";

  /** Feature classes by qualified name, looked up again each round: in name order, whatever the source order. */
  private final TreeMap<String, TypeElement> features = new TreeMap<>();
  private final List<Element> guests = new ArrayList<>();
  private final List<Element> libraries = new ArrayList<>();
  private final List<Element> overrides = new ArrayList<>();
  private final List<Element> maskFields = new ArrayList<>();
  /** The top-level types compiled from source, over all rounds: a registry name taken by one is an error. */
  private final Set<String> sourceTypes = new HashSet<>();
  private Diagnostics diagnostics;
  /** Set once the outputs are written, or once errors stopped them: each is written at most once. */
  private boolean finished;
  private Optional<Generated> generated = Optional.empty();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    // One for the whole compilation: an error in any round keeps every output from being written.
    diagnostics = new Diagnostics(processingEnv.getMessager(), processingEnv.getElementUtils());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  /**
   * Claims snpgate's annotations (no other processor has a use for them), and {@code @Generated}
   * when only snpgate's registry carries it, so that javac's {@code -Xlint:processing} has no
   * unclaimed annotation to warn about in a {@code -Werror} build. Another processor's
   * {@code @Generated} classes in the round leave the round unclaimed.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
      return onlyOurRegistryIsGenerated(round);
    } catch (Exception | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(String.format(Messages.INTERNAL_ERROR, trace));
      return false;
    }
  }

  private boolean onlyOurRegistryIsGenerated(RoundEnvironment round) {
    String registry = generated.isPresent() ? generated.get().written() : "";
    for (Element marked : annotatedWith(round, GENERATED)) {
      if (!(marked instanceof TypeElement) || !((TypeElement) marked).getQualifiedName().contentEquals(registry)) {
        return false;
      }
    }
    return true;
  }

  private void processRound(RoundEnvironment round) throws Exception {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        sourceTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
    List<TypeElement> newFeatures = newFeatureClasses(round);
    List<Element> newGuests = annotatedWith(round, GuestDeclaration.SNP_GUEST);
    List<Element> newLibraries = annotatedWith(round, LibraryDeclaration.SNP_LIBRARY);
    List<Element> newOverrides = annotatedWith(round, OverrideValidator.OVERRIDE);
    newOverrides.addAll(annotatedWith(round, OverrideValidator.OVERRIDES));
    List<Element> newMaskFields = annotatedWith(round, HandWrittenMasks.SNP_MASK);
    newMaskFields.addAll(HandWrittenMasks.recordFieldsMissing(round.getRootElements(), newMaskFields));
    maskFields.addAll(newMaskFields);
    if (finished) {
      newGuests.addAll(newLibraries);
      reportLateElements(newFeatures, newGuests, newOverrides);
    } else {
      libraries.addAll(newLibraries);
      for (TypeElement feature : newFeatures) {
        features.put(feature.getQualifiedName().toString(), feature);
      }
      guests.addAll(newGuests);
      overrides.addAll(newOverrides);
      generateOnceResolved(round);
    }
    if (round.processingOver()) {
      checkMaskFields();
    }
  }

  private boolean nothingDeclared() {
    return features.isEmpty() && guests.isEmpty() && overrides.isEmpty() && libraries.isEmpty();
  }

  private void generateOnceResolved(RoundEnvironment round) throws Exception {
    if (nothingDeclared()) {
      return;
    }
    List<TypeElement> currentFeatures = currentFeatureElements();
    List<Element> currentGuests = current(guests);
    List<Element> currentOverrides = current(overrides);
    List<Element> currentLibraries = current(libraries);
    List<Element> declarations = new ArrayList<>(currentGuests);
    declarations.addAll(currentLibraries);
    List<Element> unresolved = Resolution.unresolved(currentFeatures, declarations, currentOverrides);
    if (!unresolved.isEmpty() && (!round.processingOver() || round.errorRaised())) {
      // Before the last round: another processor may still generate the missing types or
      // constants. After the compiler's own errors: it names what is missing, and ours would be noise.
      return;
    }
    finished = true;
    if (!unresolved.isEmpty()) {
      // The compiler said nothing, yet a value never resolved (ecj keeps a value another processor
      // generated as "<error>"): generating would leave it out without a word.
      for (Element element : unresolved) {
        diagnostics.error(String.format(Messages.VALUE_UNRESOLVED, Diagnostics.describe(element)), element);
      }
      return;
    }
    ModuleInputs inputs = new ModuleInputs(currentFeatures, distinct(currentGuests), distinct(currentOverrides),
        distinct(currentLibraries));
    generated = inputs.libraries().isEmpty()
        ? new GuestGeneration(processingEnv, diagnostics).run(inputs, sourceTypes)
        : new LibraryGeneration(processingEnv, diagnostics).run(inputs);
  }

  /**
   * Each {@code @SnpFeature} class of this round. ecj also hands over a package-info's package,
   * which it rejects by {@code @Target} itself, as javac does: a second error would only repeat it.
   */
  private List<TypeElement> newFeatureClasses(RoundEnvironment round) {
    List<TypeElement> found = new ArrayList<>();
    for (Element element : annotatedWith(round, FeatureValidator.SNP_FEATURE)) {
      if (element instanceof TypeElement) {
        found.add((TypeElement) element);
      }
    }
    return found;
  }

  /** Elements that arrive after the outputs were written cannot be in them: say so, on each. */
  private void reportLateElements(List<TypeElement> lateFeatures, List<Element> lateGuests, List<Element> lateOverrides) {
    if (generated.isEmpty()) {
      return; // errors stopped the outputs; those errors are the ones to fix first
    }
    String registry = generated.get().written();
    for (TypeElement late : lateFeatures) {
      diagnostics.error(String.format(Messages.FEATURE_AFTER_REGISTRY, late.getQualifiedName(), registry), late);
    }
    List<Element> lateDeclarations = new ArrayList<>(lateGuests);
    lateDeclarations.addAll(lateOverrides);
    for (Element late : lateDeclarations) {
      diagnostics.error(String.format(Messages.DECLARATION_AFTER_REGISTRY, Diagnostics.describe(late), registry), late);
    }
  }

  /**
   * Compares the hand-written masks in the last round: a mask may be initialised from the
   * generated registry's constants, which only have values once the registry is compiled.
   */
  private void checkMaskFields() {
    List<Element> fields = current(maskFields);
    if (generated.isPresent() && generated.get().model().isPresent()) {
      new HandWrittenMasks(diagnostics).check(generated.get().model().get(), fields);
    } else if (nothingDeclared() || generated.isPresent()) {
      for (Element field : fields) {
        diagnostics.error(String.format(Messages.MASK_WITHOUT_GUEST, Diagnostics.describe(field)), field);
      }
    }
  }

  private List<Element> annotatedWith(RoundEnvironment round, String annotationName) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(annotationName);
    // Absent, or not an annotation type where the module graph hides it (ecj): nothing is annotated with it.
    return annotation == null || annotation.getKind() != ElementKind.ANNOTATION_TYPE ? new ArrayList<>()
        : new ArrayList<>(round.getElementsAnnotatedWith(annotation));
  }

  private static List<Element> distinct(List<Element> elements) {
    List<Element> unique = new ArrayList<>();
    for (Element element : elements) {
      if (!unique.contains(element)) {
        unique.add(element);
      }
    }
    return unique;
  }

  /**
   * The elements as this round's: javac can place a message only on an element of the current
   * round, and only the current round's elements see what later rounds generated.
   */
  private List<Element> current(List<Element> gathered) {
    List<Element> current = new ArrayList<>();
    for (Element element : gathered) {
      current.add(CurrentElements.lookUp(processingEnv.getElementUtils(), element));
    }
    return current;
  }

  /**
   * The feature classes as this round's elements. A class that cannot be found again by its name
   * (a member of a JDK 25 compact source file's implicit class, say) cannot be named by the
   * registry either: it stays as it was found, and validation reports it.
   */
  private List<TypeElement> currentFeatureElements() {
    List<TypeElement> current = new ArrayList<>();
    for (TypeElement feature : features.values()) {
      current.add((TypeElement) CurrentElements.lookUp(processingEnv.getElementUtils(), feature));
    }
    return current;
  }
}
