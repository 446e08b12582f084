package dev.snpgate.processor.validation;

import dev.snpgate.processor.options.ProcessorOptions;
import dev.snpgate.processor.reporting.Diagnostics;
import dev.snpgate.processor.reporting.Messages;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A feature library's declaration: its {@code @SnpLibrary} and the name guests know it by.
 *
 * @param element the {@code @SnpLibrary} element
 * @param name the declared name, or the annotated element's package
 */
public record LibraryDeclaration(Element element, String name) {

  public static final String SNP_LIBRARY = "dev.snpgate.annotations.SnpLibrary";

  /**
   * The library {@code libraries} declare, if any; empty after an error, or when there is none.
   * A compilation is a library or a guest, never both, and declares a library once.
   */
  public static Optional<LibraryDeclaration> read(List<Element> libraries, List<Element> guests, Elements elements,
      Diagnostics diagnostics) {
    if (libraries.isEmpty()) {
      return Optional.empty();
    }
    Element library = libraries.get(0);
    if (libraries.size() > 1) {
      diagnostics.error(String.format(Messages.DUPLICATE_LIBRARY, Diagnostics.describe(library),
          Diagnostics.describe(libraries.get(1))), libraries.get(1));
      return Optional.empty();
    }
    if (!guests.isEmpty()) {
      diagnostics.error(String.format(Messages.LIBRARY_AND_GUEST, Diagnostics.describe(library),
          Diagnostics.describe(guests.get(0))), guests.get(0));
      return Optional.empty();
    }
    AnnotationAttributes annotation = AnnotationAttributes.find(library, SNP_LIBRARY);
    String name = annotation.string("name", "").strip();
    if (name.isEmpty()) {
      name = elements.getPackageOf(library).getQualifiedName().toString();
    }
    Optional<String> problem = TextLimits.problem("name", name, TextLimits.NAME);
    if (problem.isEmpty() && !ProcessorOptions.ORIGIN_TOKEN.matcher(name).matches()) {
      problem = Optional.of(String.format(Messages.BAD_LIBRARY_NAME, Diagnostics.printable(name)));
    }
    if (problem.isPresent()) {
      diagnostics.error(problem.get(), library, annotation.mirror(), annotation.written("name"));
      return Optional.empty();
    }
    return Optional.of(new LibraryDeclaration(library, name));
  }
}
