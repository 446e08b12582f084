package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Written by the snpgate processor, never by hand: what one compiled module contributes to the
 * guests that have it on their class path. Each sits on a class of the package
 * {@code dev.snpgate.contributions}, where a guest's compilation lists them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SnpContribution {

  /** The contribution format this processor writes; a guest refuses one of another format. */
  int FORMAT = 1;

  /** The format of this contribution. */
  int format();

  /** The snpgate version that wrote it. */
  String snpgateVersion();

  /** {@code library} for a feature library, {@code guest} for a module compiled as a guest. */
  String kind();

  /** The module's name: its group:artifact when the build passed it, else its declared name. */
  String origin();

  /** For a guest, its registry class; empty for a library. */
  String registry() default "";

  /** The module's feature classes. */
  Class<?>[] features() default {};

  /** The rationale of each feature class, in the order of {@link #features()}. */
  String[] rationales() default {};

  /** The module's catalog overrides. */
  SnpCatalogOverride[] overrides() default {};

  /**
   * For a guest, the element that carries its {@code @SnpGuest} (a class's or a package's
   * qualified name), empty when it has none: a recompile of part of the guest finds it by this.
   */
  String declaration() default "";

  /**
   * On a guest's registry: the guest's own feature classes by canonical name, with their rationales
   * in {@link #rationales()}. A recompile of some of the guest's sources, with the previous class
   * output on the class path, takes from here the feature classes it does not compile, each only
   * while its class file is still there and still carries {@code @SnpFeature}.
   */
  String[] featureNames() default {};

  /**
   * On a guest's registry: a digest of the registry's source and of this index, so that a
   * recompile that would write the same registry leaves the class in place.
   */
  String digest() default "";
}
