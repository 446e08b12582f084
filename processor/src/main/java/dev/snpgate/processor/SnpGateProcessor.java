package dev.snpgate.processor;

import com.google.auto.service.AutoService;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.model.GuestModel;
import dev.snpgate.processor.validation.Diagnostics;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import dev.snpgate.processor.validation.Messages;
import dev.snpgate.processor.validation.ValidatedFeature;
import dev.snpgate.processor.writing.ManifestWriter;
import dev.snpgate.processor.writing.OutputFiles;
import dev.snpgate.processor.writing.RegistryWriter;
import dev.snpgate.runtime.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The entry point: gathers {@code @SnpFeature} and {@code @SnpGuest} elements across rounds, defers
 * classes whose types are not generated yet, and in the first round with nothing deferred validates
 * everything, builds the {@link GuestModel} and hands it to the writers, once.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({FeatureValidator.SNP_FEATURE, GuestDeclaration.SNP_GUEST})
public final class SnpGateProcessor extends AbstractProcessor {

  /** Feature classes seen so far, by qualified name, re-read each round (elements may not survive rounds). */
  private final Set<String> featureNames = new TreeSet<>();
  private final List<Element> guestElements = new ArrayList<>();
  /** Set once the outputs are written, or once errors stopped them: each is written at most once. */
  private boolean finished;
  private String writtenRegistry;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    try {
      processRound(round, diagnostics);
    } catch (IOException | RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(String.format(Messages.INTERNAL_ERROR, e + System.lineSeparator() + trace));
    }
    return false;
  }

  private void processRound(RoundEnvironment round, Diagnostics diagnostics) throws IOException {
    List<TypeElement> newFeatures = new ArrayList<>();
    TypeElement featureAnnotation = processingEnv.getElementUtils().getTypeElement(FeatureValidator.SNP_FEATURE);
    if (featureAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(featureAnnotation)) {
        newFeatures.add((TypeElement) element);
      }
    }
    TypeElement guestAnnotation = processingEnv.getElementUtils().getTypeElement(GuestDeclaration.SNP_GUEST);
    if (finished) {
      for (TypeElement late : newFeatures) {
        if (writtenRegistry != null) {
          diagnostics.error(String.format(Messages.FEATURE_AFTER_REGISTRY, late.getQualifiedName(), writtenRegistry),
              late);
        }
      }
      return;
    }
    if (guestAnnotation != null) {
      guestElements.addAll(round.getElementsAnnotatedWith(guestAnnotation));
    }
    for (TypeElement feature : newFeatures) {
      featureNames.add(feature.getQualifiedName().toString());
    }
    if (featureNames.isEmpty() && guestElements.isEmpty()) {
      return;
    }
    List<TypeElement> features = currentFeatureElements();
    if (!round.processingOver() && !round.errorRaised() && anyUnresolved(features)) {
      return; // another processor generates what they refer to; look again next round
    }
    if (round.errorRaised() && anyUnresolved(features)) {
      return; // javac reports the missing types; an error of ours would only add noise
    }
    generate(features, diagnostics);
  }

  private List<TypeElement> currentFeatureElements() {
    List<TypeElement> features = new ArrayList<>();
    for (String name : featureNames) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        features.add(element);
      }
    }
    return features;
  }

  private void generate(List<TypeElement> featureElements, Diagnostics diagnostics) throws IOException {
    Catalog catalog = Catalog.builtIn();
    TypeElement guestFeatureType = processingEnv.getElementUtils().getTypeElement(FeatureValidator.GUEST_FEATURE);
    TypeMirror guestFeature = guestFeatureType == null ? null : guestFeatureType.asType();
    if (guestFeature == null) {
      diagnostics.error(Messages.RUNTIME_MISSING,
          featureElements.isEmpty() ? guestElements.get(0) : featureElements.get(0));
    }
    FeatureValidator validator = new FeatureValidator(processingEnv.getElementUtils(),
        processingEnv.getTypeUtils(), catalog, diagnostics, guestFeature);
    List<ValidatedFeature> validated = new ArrayList<>();
    List<String> featurePackages = new ArrayList<>();
    for (TypeElement element : featureElements) {
      validator.validate(element).ifPresent(validated::add);
      featurePackages.add(processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString());
    }
    List<ValidatedFeature> unique = validator.withoutDuplicates(validated);
    Optional<GuestDeclaration> guest = GuestDeclaration.read(guestElements, featurePackages,
        processingEnv.getElementUtils(), diagnostics);
    finished = true;
    if (diagnostics.errorCount() > 0 || guest.isEmpty()) {
      return;
    }
    List<FeatureDeclaration> declarations = new ArrayList<>();
    List<Element> origins = new ArrayList<>(guestElements);
    for (ValidatedFeature feature : unique) {
      declarations.add(feature.declaration());
      origins.add(feature.element());
    }
    GuestModel model = GuestModel.of(guest.get().name(), guest.get().registryClass(), catalog, declarations);
    OutputFiles out = new OutputFiles(processingEnv.getFiler(), origins.toArray(new Element[0]));
    boolean generatedAvailable =
        processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    out.javaSource(new RegistryWriter(getClass().getName(), generatedAvailable).write(model));
    out.classOutputResource(ManifestWriter.PATH, new ManifestWriter().write(model));
    writtenRegistry = model.registryClass();
  }

  private static boolean anyUnresolved(List<TypeElement> features) {
    for (TypeElement feature : features) {
      if (feature.getSuperclass().getKind() == TypeKind.ERROR) {
        return true;
      }
      for (TypeMirror implemented : feature.getInterfaces()) {
        if (implemented.getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return false;
  }
}
