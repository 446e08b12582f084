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
   * library's catalog override that takes a bit out of IMPL_REQ, and a library's feature marked
   * {@link SnpFeature#required()}, apply only when accepted here.
   * Without it the guest's compilation fails, naming the library, the bit and the line to add.
   */
  SnpAccept[] accept() default {};

  /**
   * Features the host must enable though the guest has no class for them: typically protections
   * that need no guest code (NoHostIBS, BTBIsol, SMTProt). Each is a bit the guest's catalog
   * defines, not a state bit, named once, with why. With SEV-SNP active, a host that leaves one
   * clear is refused at boot. A feature the guest implements is required on its class instead
   * ({@link SnpFeature#required()}), so the reason stays with the code.
   */
  SnpRequire[] requires() default {};

  /**
   * Whether the guest runs only as an SEV-SNP guest: true refuses to boot when SEV_STATUS has
   * SEV-SNP (bit 2) clear. There is no GHCB to tell the host then; the guest stops by itself.
   */
  boolean requiresSnp() default false;
}
