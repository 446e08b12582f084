package dev.snpgate.processor;

import com.google.auto.service.AutoService;
import dev.snpgate.processor.checking.MaskFieldCheck;
import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.validation.Diagnostics;
import dev.snpgate.processor.validation.FeatureValidator;
import dev.snpgate.processor.validation.GuestDeclaration;
import dev.snpgate.processor.validation.Messages;
import dev.snpgate.processor.validation.OverrideValidator;
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
 * The entry point: gathers the guest's annotated elements across rounds, defers while feature
 * classes refer to types not generated yet, and in the first round with nothing deferred hands
 * everything to {@link GuestGeneration}, once. Nothing escapes {@link #process}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
    FeatureValidator.SNP_FEATURE,
    GuestDeclaration.SNP_GUEST,
    OverrideValidator.OVERRIDE,
    OverrideValidator.OVERRIDES,
    MaskFieldCheck.SNP_MASK
})
public final class SnpGateProcessor extends AbstractProcessor {

  /** Feature classes by qualified name, looked up again each round: in name order, whatever the source order. */
  private final Set<String> featureNames = new TreeSet<>();
  private final List<Element> guests = new ArrayList<>();
  private final List<Element> overrides = new ArrayList<>();
  private final List<Element> maskFields = new ArrayList<>();
  /** Set once the outputs are written, or once errors stopped them: each is written at most once. */
  private boolean finished;
  private Optional<String> writtenRegistry = Optional.empty();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    try {
      processRound(round, diagnostics);
    } catch (Exception | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.error(String.format(Messages.INTERNAL_ERROR, trace));
    }
    return false;
  }

  private void processRound(RoundEnvironment round, Diagnostics diagnostics) throws Exception {
    List<TypeElement> newFeatures = new ArrayList<>();
    for (Element element : annotatedWith(round, FeatureValidator.SNP_FEATURE)) {
      newFeatures.add((TypeElement) element);
    }
    if (finished) {
      reportLateElements(newFeatures, annotatedWith(round, MaskFieldCheck.SNP_MASK), diagnostics);
      return;
    }
    for (TypeElement feature : newFeatures) {
      featureNames.add(feature.getQualifiedName().toString());
    }
    guests.addAll(annotatedWith(round, GuestDeclaration.SNP_GUEST));
    overrides.addAll(annotatedWith(round, OverrideValidator.OVERRIDE));
    overrides.addAll(annotatedWith(round, OverrideValidator.OVERRIDES));
    maskFields.addAll(annotatedWith(round, MaskFieldCheck.SNP_MASK));
    if (featureNames.isEmpty() && guests.isEmpty() && overrides.isEmpty()) {
      if (round.processingOver()) {
        for (Element field : current(maskFields)) {
          diagnostics.error(String.format(Messages.MASK_WITHOUT_GUEST, Diagnostics.describe(field)), field);
        }
      }
      return;
    }
    List<TypeElement> features = currentFeatureElements();
    if (anyUnresolved(features) && (!round.processingOver() || round.errorRaised())) {
      // Before the last round: another processor may still generate the missing types. After
      // javac's own errors: javac names the missing types, and an error of ours would be noise.
      return;
    }
    finished = true;
    writtenRegistry = new GuestGeneration(processingEnv, diagnostics)
        .run(new GuestGeneration.Inputs(features, distinct(guests), distinct(overrides), current(maskFields)));
  }

  /** Elements that arrive after the outputs were written cannot be in them: say so, on each. */
  private void reportLateElements(List<TypeElement> features, List<Element> fields, Diagnostics diagnostics) {
    if (writtenRegistry.isEmpty()) {
      return; // errors stopped the outputs; those errors are the ones to fix first
    }
    for (TypeElement late : features) {
      diagnostics.error(String.format(Messages.FEATURE_AFTER_REGISTRY, late.getQualifiedName(), writtenRegistry.get()),
          late);
    }
    for (Element late : fields) {
      diagnostics.error(String.format(Messages.MASK_AFTER_REGISTRY, Diagnostics.describe(late), writtenRegistry.get()), late);
    }
  }

  private List<Element> annotatedWith(RoundEnvironment round, String annotationName) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(annotationName);
    return annotation == null ? List.of() : new ArrayList<>(round.getElementsAnnotatedWith(annotation));
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
   * The fields as this round's elements: javac can place a message only on an element of the
   * current round, so fields gathered in earlier rounds are looked up again by name.
   */
  private List<Element> current(List<Element> fields) {
    List<Element> current = new ArrayList<>();
    for (Element field : fields) {
      TypeElement owner = processingEnv.getElementUtils()
          .getTypeElement(((TypeElement) field.getEnclosingElement()).getQualifiedName());
      Element fresh = field;
      for (Element member : owner == null ? List.<Element>of() : owner.getEnclosedElements()) {
        if (member.getKind() == field.getKind() && member.getSimpleName().contentEquals(field.getSimpleName())) {
          fresh = member;
        }
      }
      current.add(fresh);
    }
    return current;
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
