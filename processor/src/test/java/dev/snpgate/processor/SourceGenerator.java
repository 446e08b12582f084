package dev.snpgate.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor in the compilation: generates the given sources once, in the first round in
 * which the type {@code after} exists (in the first round when {@code after} is null).
 */
public final class SourceGenerator extends AbstractProcessor {

  private final String after;
  private final Map<String, String> sources;
  private boolean done;

  private SourceGenerator(String after, Map<String, String> sources) {
    this.after = after;
    this.sources = new TreeMap<>(sources);
  }

  public static SourceGenerator inFirstRound(Map<String, String> sources) {
    return new SourceGenerator(null, sources);
  }

  public static SourceGenerator after(String typeName, Map<String, String> sources) {
    return new SourceGenerator(typeName, sources);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || (after != null && processingEnv.getElementUtils().getTypeElement(after) == null)) {
      return false;
    }
    done = true;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      try (Writer out = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        out.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
