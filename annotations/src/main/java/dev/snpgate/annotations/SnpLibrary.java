package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the compilation a feature library: its {@link SnpFeature} classes are validated as a
 * guest's are, but no registry, manifest, baseline or docs are generated. Instead the processor
 * writes a contribution that every guest compiled with the library on its class path puts into
 * its masks and registry. Put it once per library, on a {@code package-info.java} or on any class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface SnpLibrary {

  /**
   * The library's name in guests' manifests, docs and messages when the build passes no
   * {@code group:artifact} ({@code -Asnpgate.origin}); defaults to the annotated element's package.
   * Letters, digits, '.', ':', '-' and '_'; at most 200 characters.
   */
  String name() default "";
}
