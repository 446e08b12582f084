package dev.snpgate.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that does the least a code-generating processor does: on the first round that has a
 * {@code @SnpFeature} class it writes one empty class, nothing else. A generated source file makes
 * javac run another round, which enters every class of the compilation again; this processor
 * measures that cost, which snpgate's registry pays too and no processor that matches nothing does.
 */
@SupportedAnnotationTypes("dev.snpgate.annotations.SnpFeature")
public final class SourceGeneratingProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    try (Writer out = processingEnv.getFiler().createSourceFile("bench.generated.OneClass").openWriter()) {
      out.write("package bench.generated;\n\nfinal class OneClass {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
