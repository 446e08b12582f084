package dev.snpgate.benchmarks.compile;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that matches nothing: javac loads and initialises it and runs its rounds, but never
 * calls it. The compile-cost benchmark's measure of what any annotation processor costs, so that
 * snpgate's own cost shows apart from javac's annotation-processing machinery.
 */
@SupportedAnnotationTypes("dev.snpgate.benchmarks.compile.NoSourceHasThisAnnotation")
public final class NoOpProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
