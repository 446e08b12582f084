package dev.snpgate.processor.contribution;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.snpgate.annotations.SnpContribution;
import dev.snpgate.baseline.classfile.ClassFileAnnotations;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.processor.writing.JavaLiterals;
import dev.snpgate.runtime.SnpGateVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The guest's own feature classes, written onto its registry class as an {@code @SnpContribution}.
 * A recompile of part of the guest (an IDE's build: a few sources, the previous class output on the
 * class path) compiles only some feature classes; the registry of the previous build on the class
 * path says which others the guest had, with the rationales their Javadoc gave, and each counts
 * while its class file is still there with {@code @SnpFeature}. The registry is replaced by every
 * build that changes it, so the index is never stale the way accumulated marker classes would be.
 */
public final class RegistryIndex {

  /** One feature class of the guest's own compilation, by canonical name, and its rationale. */
  public record Entry(String canonicalName, String rationale) {}

  /** What the registry on the class path says of the build that wrote it. */
  public record Previous(String origin, String declaration, String digest, List<Entry> features) {}

  /** The registry with its index, and the digest that tells whether it differs from the previous one. */
  public record Indexed(JavaFile registry, String digest) {}

  private static final String ORIGIN = "origin";
  private static final String DECLARATION = "declaration";
  private static final String DIGEST = "digest";
  private static final String FEATURE_NAMES = "featureNames";
  private static final String RATIONALES = "rationales";

  private RegistryIndex() {}

  /**
   * {@code registry} with the index of the guest's own features (library features are found
   * through their libraries) and a digest of both.
   *
   * @param declaration the element carrying {@code @SnpGuest}, or empty
   */
  public static Indexed annotate(JavaFile registry, String origin, String declaration,
      List<FeatureDeclaration> features) {
    StringBuilder identity = new StringBuilder(registry.toString()).append('\n').append(origin).append('\n')
        .append(declaration);
    CodeBlock.Builder names = CodeBlock.builder().add("{");
    CodeBlock.Builder rationales = CodeBlock.builder().add("{");
    int index = 0;
    for (FeatureDeclaration feature : features) {
      if (!feature.origin().isEmpty()) {
        continue;
      }
      names.add(index == 0 ? "$L" : ", $L", JavaLiterals.string(feature.canonicalName()));
      rationales.add(index == 0 ? "$L" : ", $L", JavaLiterals.string(feature.rationale()));
      identity.append('\n').append(feature.canonicalName()).append('\n').append(feature.rationale());
      index++;
    }
    String digest = ContributionWriter.digest(identity.toString());
    AnnotationSpec annotation = AnnotationSpec.builder(ClassName.bestGuess(ContributionWriter.ANNOTATION))
        .addMember("format", "$L", SnpContribution.FORMAT)
        .addMember("snpgateVersion", "$L", JavaLiterals.string(SnpGateVersion.VERSION))
        .addMember("kind", "$S", ContributionReader.GUEST)
        .addMember(ORIGIN, "$L", JavaLiterals.string(origin))
        .addMember(DECLARATION, "$L", JavaLiterals.string(declaration))
        .addMember(FEATURE_NAMES, names.add("}").build())
        .addMember(RATIONALES, rationales.add("}").build())
        .addMember(DIGEST, "$S", digest)
        .build();
    // The registry writer's own settings, kept: only the annotation is added.
    JavaFile indexed = JavaFile.builder(registry.packageName(), registry.typeSpec().toBuilder()
            .addAnnotation(annotation).build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new Indexed(indexed, digest);
  }

  /**
   * The index on a registry's class file, read from its bytes (the compiler is never asked about
   * the class); empty when it has none (an older snpgate's) or it is malformed.
   */
  public static Optional<Previous> read(byte[] registryClassFile) {
    return ClassFileAnnotations.strings(registryClassFile, "L" + ContributionWriter.ANNOTATION.replace('.', '/') + ";")
        .flatMap(RegistryIndex::read);
  }

  /** The index on {@code registry}, a class from the class path; empty when it has none or it is malformed. */
  public static Optional<Previous> read(TypeElement registry) {
    AnnotationAttributes annotation = AnnotationAttributes.find(registry, ContributionWriter.ANNOTATION);
    if (annotation == null || !annotation.readable()) {
      return Optional.empty();
    }
    Map<String, Object> values = new HashMap<>();
    for (String name : List.of(ORIGIN, DECLARATION, DIGEST)) {
      Object value = AnnotationAttributes.valueOf(annotation.written(name));
      if (value instanceof String) {
        values.put(name, value);
      }
    }
    for (String name : List.of(FEATURE_NAMES, RATIONALES)) {
      List<Object> strings = new ArrayList<>();
      for (Object element : ContributionReader.list(annotation.written(name))) {
        strings.add(AnnotationAttributes.valueOf((AnnotationValue) element));
      }
      values.put(name, strings);
    }
    return read(values);
  }

  /**
   * The index from the annotation's string members, however read. The members the processor always
   * writes must all be there, the lists of equal length and strings only: anything else is not an
   * index this processor wrote.
   */
  private static Optional<Previous> read(Map<String, Object> annotation) {
    Object names = annotation.get(FEATURE_NAMES);
    Object rationales = annotation.get(RATIONALES);
    if (!(names instanceof List) || !(rationales instanceof List) || ((List<?>) names).size() != ((List<?>) rationales).size()
        || !(annotation.get(DIGEST) instanceof String)) {
      return Optional.empty();
    }
    List<Entry> features = new ArrayList<>();
    for (int i = 0; i < ((List<?>) names).size(); i++) {
      Object name = ((List<?>) names).get(i);
      Object rationale = ((List<?>) rationales).get(i);
      if (!(name instanceof String) || !(rationale instanceof String)) {
        return Optional.empty();
      }
      features.add(new Entry((String) name, (String) rationale));
    }
    return Optional.of(new Previous(string(annotation, ORIGIN), string(annotation, DECLARATION),
        (String) annotation.get(DIGEST), features));
  }

  private static String string(Map<String, Object> annotation, String name) {
    Object value = annotation.get(name);
    return value instanceof String ? (String) value : "";
  }
}
