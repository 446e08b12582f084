package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a guest, optionally naming it and its generated registry. At most one per compilation.
 *
 * <p>Optional for a guest whose own {@link SnpFeature} classes and catalog overrides are in one
 * package and that uses no feature library: the registry is then {@code SnpGateRegistry} in that
 * package. Required otherwise, so the registry's name never depends on which features exist. It is needed for a guest that has no feature class yet (such a
 * guest still gets a registry, with {@code PRESENT = 0}, and a manifest). Put it on a
 * {@code package-info.java} or on any class of the guest.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface SnpGuest {

  /**
   * The guest's name, used in the manifest and the docs; defaults to the registry's package.
   * Letters, digits, '.', '-' and '_', starting with a letter or digit; at most 200 characters.
   */
  String name() default "";

  /**
   * The registry's fully qualified class name; defaults to {@code SnpGateRegistry} in the package
   * of the annotated element. A class of that name must not exist already, in the compilation or
   * on the class path (other than this guest's own registry from an earlier build); its simple
   * name is at most 200 bytes in UTF-8.
   */
  String registry() default "";

  /**
   * What the guest accepts of its feature libraries' declarations that change where it can run: a
   * library's catalog override that takes a bit out of IMPL_REQ applies only when accepted here.
   * Without it the guest's compilation fails, naming the library, the bit and the line to add.
   */
  SnpAccept[] accept() default {};
}
