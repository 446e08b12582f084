package dev.snpgate.processor.contribution;

import dev.snpgate.annotations.SnpContribution;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.processor.validation.AnnotationAttributes;
import dev.snpgate.runtime.SnpGateVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Lists the contributions on the class path, in class-name order. A marker that cannot be read
 * is an error, never a module left out: its features would silently leave the masks.
 */
public final class ContributionReader {

  static final String LIBRARY = "library";
  static final String GUEST = "guest";

  private final Elements elements;
  private final Diagnostics diagnostics;

  public ContributionReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  public List<Contribution> read() {
    List<TypeElement> markers = new ArrayList<>();
    for (PackageElement contributions : markerPackages()) {
      for (Element member : contributions.getEnclosedElements()) {
        if (member instanceof TypeElement && !markers.contains(member)) {
          markers.add((TypeElement) member);
        }
      }
    }
    markers.sort(Comparator.comparing(marker -> marker.getQualifiedName().toString()));
    List<Contribution> read = new ArrayList<>();
    for (TypeElement marker : markers) {
      read(marker).ifPresent(read::add);
    }
    return read;
  }

  /**
   * The packages that hold contributions: {@value ContributionWriter#PACKAGE} wherever it is (on
   * the class path, and in an automatic module: every library compiled without a module-info), and
   * each named module's own {@code dev.snpgate.contributions.<module>}, looked up by that name in
   * the module graph (javac lists a module's packages only as they are looked up).
   */
  private List<PackageElement> markerPackages() {
    List<PackageElement> packages = new ArrayList<>(elements.getAllPackageElements(ContributionWriter.PACKAGE));
    for (ModuleElement module : elements.getAllModuleElements()) {
      if (module.isUnnamed()) {
        continue;
      }
      PackageElement own = elements.getPackageElement(module, ContributionWriter.PACKAGE + "." + module.getQualifiedName());
      if (own != null && !packages.contains(own)) {
        packages.add(own);
      }
    }
    packages.sort(Comparator.comparing(found -> found.getQualifiedName().toString()));
    return packages;
  }

  private Optional<Contribution> read(TypeElement marker) {
    String name = marker.getQualifiedName().toString();
    AnnotationAttributes annotation = AnnotationAttributes.find(marker, ContributionWriter.ANNOTATION);
    if (annotation == null || !annotation.readable()) {
      return unreadable(marker, "it has no readable @SnpContribution");
    }
    Object format = AnnotationAttributes.valueOf(annotation.written("format"));
    String version = annotation.string("snpgateVersion", "an unknown version");
    if (!(format instanceof Integer) || (Integer) format != SnpContribution.FORMAT) {
      diagnostics.error(String.format(Messages.CONTRIBUTION_FORMAT, name, version, format, SnpGateVersion.VERSION,
          SnpContribution.FORMAT), marker);
      return Optional.empty();
    }
    String kind = annotation.string("kind", "");
    String origin = annotation.string("origin", "");
    if (!kind.equals(LIBRARY) && !kind.equals(GUEST) || origin.isEmpty()) {
      return unreadable(marker, "kind '" + kind + "', origin '" + origin + "'");
    }
    List<TypeElement> classes = new ArrayList<>();
    for (Object value : list(annotation.written("features"))) {
      Object type = AnnotationAttributes.valueOf((AnnotationValue) value);
      Element feature = type instanceof DeclaredType ? ((DeclaredType) type).asElement() : null;
      if (!(feature instanceof TypeElement)) {
        return unreadable(marker, "a feature class that is not on the class path: " + type);
      }
      classes.add((TypeElement) feature);
    }
    List<?> rationaleValues = list(annotation.written("rationales"));
    if (rationaleValues.size() != classes.size()) {
      return unreadable(marker, classes.size() + " feature classes but " + rationaleValues.size() + " rationales");
    }
    List<Contribution.Feature> features = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      Object rationale = AnnotationAttributes.valueOf((AnnotationValue) rationaleValues.get(i));
      features.add(new Contribution.Feature(classes.get(i), rationale instanceof String ? (String) rationale : ""));
    }
    List<AnnotationAttributes> overrides = new ArrayList<>();
    for (Object value : list(annotation.written("overrides"))) {
      Object mirror = AnnotationAttributes.valueOf((AnnotationValue) value);
      if (!(mirror instanceof AnnotationMirror)) {
        return unreadable(marker, "an override that is not an annotation");
      }
      overrides.add(AnnotationAttributes.of((AnnotationMirror) mirror));
    }
    return Optional.of(new Contribution(marker, kind.equals(LIBRARY), origin, annotation.string("registry", ""),
        annotation.string("declaration", ""), features, overrides));
  }

  private Optional<Contribution> unreadable(TypeElement marker, String why) {
    diagnostics.error(String.format(Messages.CONTRIBUTION_UNREADABLE, marker.getQualifiedName(), why), marker);
    return Optional.empty();
  }

  static List<?> list(AnnotationValue value) {
    Object list = AnnotationAttributes.valueOf(value);
    return list instanceof List ? (List<?>) list : List.of();
  }

}
