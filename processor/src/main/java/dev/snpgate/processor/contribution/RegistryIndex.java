package dev.snpgate.processor.contribution;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.snpgate.annotations.SnpContribution;
import dev.snpgate.baseline.classfile.ClassFileAnnotations;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.writing.JavaLiterals;
import dev.snpgate.runtime.SnpGateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        .addMember("origin", "$L", JavaLiterals.string(origin))
        .addMember("declaration", "$L", JavaLiterals.string(declaration))
        .addMember("featureNames", names.add("}").build())
        .addMember("rationales", rationales.add("}").build())
        .addMember("digest", "$S", digest)
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
   * the class, see {@code PreviousRegistry}); empty when it has none (an older snpgate's) or it is
   * malformed.
   */
  public static Optional<Previous> read(byte[] registryClassFile) {
    Optional<Map<String, Object>> found = ClassFileAnnotations.strings(registryClassFile,
        "L" + ContributionWriter.ANNOTATION.replace('.', '/') + ";");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> annotation = found.get();
    Object names = annotation.getOrDefault("featureNames", List.of());
    Object rationales = annotation.getOrDefault("rationales", List.of());
    if (!(names instanceof List) || !(rationales instanceof List)
        || ((List<?>) names).size() != ((List<?>) rationales).size()) {
      return Optional.empty();
    }
    List<Entry> features = new ArrayList<>();
    for (int i = 0; i < ((List<?>) names).size(); i++) {
      features.add(new Entry((String) ((List<?>) names).get(i), (String) ((List<?>) rationales).get(i)));
    }
    return Optional.of(new Previous(string(annotation, "origin"), string(annotation, "declaration"),
        string(annotation, "digest"), features));
  }

  private static String string(Map<String, Object> annotation, String name) {
    Object value = annotation.get(name);
    return value instanceof String ? (String) value : "";
  }
}
