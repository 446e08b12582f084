package dev.snpgate.processor.contribution;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.snpgate.processor.model.FeatureDeclaration;
import dev.snpgate.processor.writing.JavaLiterals;
import dev.snpgate.runtime.BitDefinition;
import dev.snpgate.runtime.SnpGateVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * Writes a module's contribution: a class in one fixed package, which a guest's compilation lists
 * with {@code Elements.getPackageElement(...).getEnclosedElements()} (javac and ecj both list a
 * package's classes from the class path that way; {@code Filer.getResource} on the class path is
 * not portable). Its {@code @SnpContribution} names the feature classes as class literals, so the
 * guest reads each class's own {@code @SnpFeature}, and carries the format, the snpgate version,
 * the rationales (Javadoc is gone from class files) and the overrides.
 */
public final class ContributionWriter {

  /**
   * The package of the contributions of modules compiled on the class path. A module compiled as a
   * named module (with a module-info) writes into its own subpackage, {@link #packageOf}: one
   * package in several modules would be a split package, which the module system refuses.
   */
  public static final String PACKAGE = "dev.snpgate.contributions";

  /** The package {@code element}'s compilation writes its contribution into. */
  public static String packageOf(Element element, Elements elements) {
    ModuleElement module = element == null ? null : elements.getModuleOf(element);
    return module == null || module.isUnnamed() ? PACKAGE : PACKAGE + "." + module.getQualifiedName();
  }
  static final String ANNOTATION = "dev.snpgate.annotations.SnpContribution";

  private ContributionWriter() {}

  /**
   * The marker of a module named {@code origin}, in {@code packageName}. Its name holds a digest of the origin and the
   * feature classes, so two modules never write the same class (one would hide the other).
   *
   * @param registry the guest's registry, or empty for a library
   * @param declaration for a guest, the element carrying its {@code @SnpGuest}, or empty
   * @param suppressedWarnings what naming the feature classes warns about (deprecated ones)
   */
  public static JavaFile write(String packageName, String origin, String registry, String declaration,
      List<FeatureDeclaration> features, List<BitDefinition> overrides, List<String> suppressedWarnings) {
    boolean library = registry.isEmpty();
    StringBuilder identity = new StringBuilder(origin).append('\n').append(registry);
    if (!declaration.isEmpty()) {
      identity.append('\n').append(declaration);
    }
    CodeBlock.Builder classes = CodeBlock.builder().add("{");
    CodeBlock.Builder rationales = CodeBlock.builder().add("{");
    for (int i = 0; i < features.size(); i++) {
      FeatureDeclaration feature = features.get(i);
      identity.append('\n').append(feature.canonicalName());
      classes.add(i == 0 ? "$T.class" : ", $T.class", className(feature));
      rationales.add(i == 0 ? "$L" : ", $L", JavaLiterals.string(feature.rationale()));
    }
    CodeBlock.Builder overrideValues = CodeBlock.builder().add("{");
    for (int i = 0; i < overrides.size(); i++) {
      BitDefinition definition = overrides.get(i);
      overrideValues.add(i == 0 ? "" : ", ").add("@$T(bit = $L, name = $L, longName = $L, tier = $T.Tier.$L, reference = $L)",
          OVERRIDE, definition.bit(), JavaLiterals.string(definition.name()), JavaLiterals.string(definition.longName()),
          OVERRIDE, definition.tier().name(), JavaLiterals.string(definition.reference()));
    }
    String simpleName = (library ? "Library_" : "Guest_") + digest(identity.toString());
    AnnotationSpec.Builder contribution = AnnotationSpec.builder(ClassName.bestGuess(ANNOTATION))
        .addMember("format", "$L", dev.snpgate.annotations.SnpContribution.FORMAT)
        .addMember("snpgateVersion", "$L", JavaLiterals.string(SnpGateVersion.VERSION))
        .addMember("kind", "$S", library ? ContributionReader.LIBRARY : ContributionReader.GUEST)
        .addMember("origin", "$L", JavaLiterals.string(origin))
        .addMember("registry", "$L", JavaLiterals.string(registry))
        .addMember("features", classes.add("}").build())
        .addMember("rationales", rationales.add("}").build())
        .addMember("overrides", overrideValues.add("}").build());
    if (!declaration.isEmpty()) {
      contribution.addMember("declaration", "$L", JavaLiterals.string(declaration));
    }
    TypeSpec.Builder marker = TypeSpec.classBuilder(simpleName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("What $L contributes to the guests that have it on their class path. Generated by snpgate.\n",
            origin)
        .addAnnotation(contribution.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!suppressedWarnings.isEmpty()) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      for (String warning : suppressedWarnings) {
        suppress.addMember("value", "$S", warning);
      }
      marker.addAnnotation(suppress.build());
    }
    return JavaFile.builder(packageName, marker.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static final ClassName OVERRIDE = ClassName.get("dev.snpgate.annotations", "SnpCatalogOverride");

  private static ClassName className(FeatureDeclaration feature) {
    List<String> names = feature.simpleNames();
    return ClassName.get(feature.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  /**
   * 16 hex digits of the 64-bit FNV-1a hash of {@code text}'s UTF-8 bytes: stable across builds and
   * machines. Not a cryptographic hash: it only keeps marker names apart. Two class-path modules
   * whose inputs collided (odds of 2^-64 per pair; the inputs are module and class names, not an
   * attacker's choice) would hide one marker behind the other, since the class path serves the
   * first of two equal names; a module compiled as a named module has a package of its own and
   * cannot collide. A MessageDigest would start the JDK's security providers in every compilation
   * (docs/performance.md).
   */
  static String digest(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    String hex = Long.toHexString(hash);
    return "0000000000000000".substring(hex.length()) + hex;
  }
}
