package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.Catalog;
import dev.snpgate.runtime.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @SnpFeature} class against the rules of the model and the catalog, reporting
 * every problem it finds, and turns a valid one into a {@link FeatureDeclaration}.
 */
public final class FeatureValidator {

  public static final String SNP_FEATURE = "dev.snpgate.annotations.SnpFeature";
  public static final String GUEST_FEATURE = "dev.snpgate.runtime.GuestFeature";

  private final Elements elements;
  private final Types types;
  private final Catalog catalog;
  private final Diagnostics diagnostics;
  private final TypeMirror guestFeature;

  /** {@code guestFeature} is null when snpgate-runtime is missing; the caller reports that once. */
  public FeatureValidator(Elements elements, Types types, Catalog catalog, Diagnostics diagnostics,
      TypeMirror guestFeature) {
    this.elements = elements;
    this.types = types;
    this.catalog = catalog;
    this.diagnostics = diagnostics;
    this.guestFeature = guestFeature;
  }

  /** The declaration of a valid feature class of this compilation; empty after reporting what is wrong. */
  public Optional<ValidatedFeature> validate(TypeElement type) {
    return validate(type, Optional.empty());
  }

  /**
   * The declaration of a valid feature class; empty after reporting what is wrong.
   *
   * @param knownRationale the rationale a feature library's compilation found (its Javadoc is not
   *     in the class file), or empty to read it here
   */
  public Optional<ValidatedFeature> validate(TypeElement type, Optional<String> knownRationale) {
    AnnotationAttributes annotation = AnnotationAttributes.find(type, SNP_FEATURE);
    if (annotation == null) {
      // A library's contribution names a class that no longer carries @SnpFeature: a stale library.
      diagnostics.error(String.format(Messages.FEATURE_ANNOTATION_MISSING, type.getQualifiedName()), type);
      return Optional.empty();
    }
    int errorsBefore = diagnostics.errorCount();
    checkShape(type);
    AnnotationValue bitValue = annotation.written("bit");
    if (!(AnnotationAttributes.valueOf(bitValue) instanceof Integer)) {
      // Reached only in the last round with no javac error: a value nothing will ever resolve.
      diagnostics.error(String.format(Messages.BIT_UNRESOLVED, type.getQualifiedName()), type, annotation.mirror(),
          bitValue);
      return Optional.empty();
    }
    int bit = (Integer) AnnotationAttributes.valueOf(bitValue);
    String name = annotation.string("name", "");
    if (bit < Catalog.FIRST_FEATURE_BIT || bit >= Catalog.BITS) {
      diagnostics.error(String.format(Messages.BIT_OUT_OF_RANGE, bit), type, annotation.mirror(), bitValue);
    } else {
      checkAgainstCatalog(type, annotation, catalog.definition(bit), name);
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    String rationale = knownRationale.orElse(annotation.string("rationale", "").strip());
    if (rationale.isEmpty() && knownRationale.isEmpty()) {
      rationale = JavadocSummary.firstSentence(elements.getDocComment(type), reference -> constantValue(type, reference));
    }
    if (rationale.isEmpty() && knownRationale.isEmpty()) {
      diagnostics.warning(String.format(Messages.NO_RATIONALE, type.getQualifiedName()), type);
    }
    Optional<String> tooLong = TextLimits.problem("rationale", rationale, TextLimits.PROSE);
    if (tooLong.isPresent()) {
      // On the attribute when written, else on the annotation: the text is the Javadoc's first sentence.
      diagnostics.error(tooLong.get(), type, annotation.mirror(), annotation.written("rationale"));
      return Optional.empty();
    }
    return Optional.of(new ValidatedFeature(type, new FeatureDeclaration(bit, name,
        elements.getPackageOf(type).getQualifiedName().toString(), simpleNames(type), rationale)));
  }

  /**
   * Reports every bit claimed by more than one class, on each of them, and returns the features
   * whose bit is claimed once.
   */
  public List<ValidatedFeature> withoutDuplicates(List<ValidatedFeature> features) {
    List<ValidatedFeature> unique = new ArrayList<>();
    for (ValidatedFeature feature : features) {
      boolean duplicated = false;
      for (ValidatedFeature other : features) {
        if (other != feature && other.declaration().bit() == feature.declaration().bit()) {
          duplicated = true;
          AnnotationAttributes annotation = AnnotationAttributes.find(feature.element(), SNP_FEATURE);
          FeatureDeclaration one = feature.declaration();
          FeatureDeclaration two = other.declaration();
          String message = one.origin().isEmpty() && two.origin().isEmpty()
              ? String.format(Messages.DUPLICATE_BIT, one.bit(), one.canonicalName(), two.canonicalName())
              : String.format(Messages.DUPLICATE_BIT_ACROSS_MODULES, one.bit(), one.canonicalName(), originOf(one),
                  two.canonicalName(), originOf(two));
          diagnostics.error(message, feature.element(), annotation.mirror(), annotation.written("bit"));
        }
      }
      if (!duplicated) {
        unique.add(feature);
      }
    }
    return unique;
  }

  private static String originOf(FeatureDeclaration feature) {
    return feature.origin().isEmpty() ? "this module" : "library " + feature.origin();
  }

  /** Reports, on each, features that give two reserved bits one name (ignoring case). */
  public void checkDistinctNames(List<ValidatedFeature> features) {
    for (ValidatedFeature feature : features) {
      for (ValidatedFeature other : features) {
        FeatureDeclaration declaration = feature.declaration();
        if (other != feature && !declaration.name().isEmpty() && other.declaration().bit() != declaration.bit()
            && DisplayNames.same(declaration.name(), other.declaration().name())) {
          AnnotationAttributes annotation = AnnotationAttributes.find(feature.element(), SNP_FEATURE);
          diagnostics.error(String.format(Messages.NAME_TAKEN, declaration.name(), declaration.bit(),
                  "bit " + other.declaration().bit() + " of " + other.declaration().canonicalName()),
              feature.element(), annotation.mirror(), annotation.written("name"));
        }
      }
    }
  }

  /**
   * Reports each feature class in the unnamed package when the registry is in a named one: Java
   * cannot import from the unnamed package, so the registry could not construct it.
   */
  public void checkReachableFrom(String registryPackage, List<ValidatedFeature> features) {
    if (registryPackage.isEmpty()) {
      return;
    }
    for (ValidatedFeature feature : features) {
      if (feature.declaration().packageName().isEmpty()) {
        diagnostics.error(String.format(Messages.FEATURE_IN_UNNAMED_PACKAGE, feature.declaration().canonicalName(),
            registryPackage), feature.element());
      }
    }
  }

  /**
   * The value of the constant a Javadoc {@code {@value}} names: {@code #FIELD} in {@code type},
   * or {@code Type#FIELD} with {@code Type} qualified or in {@code type}'s package.
   */
  private Optional<String> constantValue(TypeElement type, String reference) {
    int hash = reference.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    String owner = reference.substring(0, hash);
    TypeElement holder = owner.isEmpty() ? type : elements.getTypeElement(owner);
    if (holder == null) {
      holder = elements.getTypeElement(elements.getPackageOf(type).getQualifiedName() + "." + owner);
    }
    for (VariableElement field : holder == null ? List.<VariableElement>of() : ElementFilter.fieldsIn(holder.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(reference.substring(hash + 1)) && field.getConstantValue() != null) {
        return Optional.of(field.getConstantValue().toString());
      }
    }
    return Optional.empty();
  }

  /** Reports every way {@code type} cannot be constructed and enabled by the registry. */
  private void checkShape(TypeElement type) {
    String className = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      diagnostics.error(String.format(Messages.WRONG_KIND, className, kindPhrase(type.getKind())), type);
      return;
    }
    if (elements.getTypeElement(type.getQualifiedName()) == null) {
      // A member of a compact source file's implicit class, say: no other code can name it.
      diagnostics.error(String.format(Messages.NOT_NAMEABLE, className), type);
      return;
    }
    if (guestFeature != null && !types.isAssignable(type.asType(), guestFeature)) {
      diagnostics.error(String.format(Messages.NOT_GUEST_FEATURE, className), type);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(String.format(Messages.ABSTRACT, className), type);
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))) {
      diagnostics.error(String.format(Messages.INNER_CLASS, className), type);
    } else if (!publicAllTheWayOut(type)) {
      diagnostics.error(String.format(Messages.NOT_PUBLIC, className), type);
    }
    Optional<ExecutableElement> constructor = publicNoArgConstructor(type);
    if (constructor.isEmpty()) {
      diagnostics.error(String.format(Messages.NO_PUBLIC_CONSTRUCTOR, className, className), type);
    } else if (!checkedExceptions(constructor.get()).isEmpty()) {
      diagnostics.error(String.format(Messages.CONSTRUCTOR_THROWS, className,
          String.join(", ", checkedExceptions(constructor.get()))), constructor.get());
    }
  }

  private void checkAgainstCatalog(TypeElement type, AnnotationAttributes annotation, BitDefinition definition, String name) {
    AnnotationValue implRequiredValue = annotation.written("implRequired");
    AnnotationValue nameValue = annotation.written("name");
    if (definition.isNamed()) {
      if (nameValue != null && !name.equals(definition.name())) {
        diagnostics.error(String.format(Messages.NAME_CONTRADICTS_CATALOG, name, definition.bit(),
            definition.name(), definition.name()), type, annotation.mirror(), nameValue);
      }
    } else if (name.isEmpty()) {
      diagnostics.error(String.format(Messages.NAME_MISSING, definition.bit()), type, annotation.mirror(),
          annotation.written("bit"));
    } else {
      DisplayNames.problem(name, definition.bit(), catalog)
          .ifPresent(problem -> diagnostics.error(problem, type, annotation.mirror(), nameValue));
    }
    if (!(AnnotationAttributes.valueOf(implRequiredValue) instanceof Boolean)) {
      return; // omitted: the catalog's tier applies
    }
    boolean written = (Boolean) AnnotationAttributes.valueOf(implRequiredValue);
    boolean catalogValue = definition.tier().needsImplementation();
    if (written == catalogValue) {
      return;
    }
    if (definition.tier() == Tier.RESERVED) {
      diagnostics.error(String.format(Messages.RESERVED_NOT_IMPL_REQUIRED, definition.bit()), type,
          annotation.mirror(), implRequiredValue);
    } else {
      diagnostics.error(String.format(Messages.IMPL_REQUIRED_CONTRADICTS_CATALOG, written, definition.bit(),
          definition.name(), definition.tier(), catalogValue, catalogValue), type, annotation.mirror(),
          implRequiredValue);
    }
  }

  private static boolean publicAllTheWayOut(TypeElement type) {
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the registry can call {@code new Type()}. The implicit default constructor counts: it
   * takes the class's access, so making the class public (reported apart) makes it public too.
   */
  private Optional<ExecutableElement> publicNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && (constructor.getModifiers().contains(Modifier.PUBLIC)
          || elements.getOrigin(constructor) == Elements.Origin.MANDATED)) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  /** The checked exceptions {@code constructor} declares, which generated code could not call it with. */
  private List<String> checkedExceptions(ExecutableElement constructor) {
    List<String> checked = new ArrayList<>();
    TypeElement runtimeException = elements.getTypeElement(RuntimeException.class.getName());
    TypeElement error = elements.getTypeElement(Error.class.getName());
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (!types.isAssignable(thrown, runtimeException.asType()) && !types.isAssignable(thrown, error.asType())) {
        checked.add(thrown.toString());
      }
    }
    return checked;
  }

  private static List<String> simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      names.add(0, current.getSimpleName().toString());
    }
    return names;
  }

  /** What a type that {@code @Target(TYPE)} admits is, other than a class. */
  private static String kindPhrase(ElementKind kind) {
    switch (kind.name()) {
      case "ENUM":
        return "an enum";
      case "RECORD":
        return "a record";
      case "INTERFACE":
        return "an interface";
      default:
        return "an annotation type";
    }
  }
}
