package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as the guest's implementation of one SEV_STATUS feature bit.
 *
 * <p>The snpgate annotation processor turns every class carrying this annotation into the guest's
 * {@code PRESENT} mask, its {@code IMPL_REQ} mask, a reflection-free registry and a manifest. The
 * class must be a public, concrete, top-level or static nested class that implements
 * {@code dev.snpgate.runtime.GuestFeature} and has a public no-argument constructor.
 *
 * <p>Retention is {@link RetentionPolicy#CLASS}: the processor is aggregating, so incremental
 * builds (Gradle) must be able to see the annotation on compiled classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SnpFeature {

  /** The SEV_STATUS MSR bit this class implements: 3..63 (bits 0..2 are SEV state, not features). */
  int bit();

  /**
   * Whether a guest needs code for this feature before it may run with the hypervisor enabling it.
   * Omit it to take the built-in catalog's tier; writing a value that contradicts the catalog is a
   * compile error.
   */
  boolean implRequired() default true;

  /**
   * The feature's display name. Omit it for a bit the catalog names (a different name is an error);
   * required for a bit the catalog does not define yet. At most 200 characters.
   */
  String name() default "";

  /**
   * Why the guest needs this feature; shown when a guest refuses a host. Defaults to the first
   * sentence of the class's Javadoc. At most 4,000 characters, as the docs and the registry carry it
   * whole on one line.
   */
  String rationale() default "";

  /**
   * Whether the guest has no code path without this feature, so the host must enable it: with
   * SEV-SNP active, a host that leaves the bit clear is refused at boot, naming this class. A
   * feature library's requirement applies to a guest only when the guest accepts it with
   * {@link SnpAccept} (a dependency must not change where a guest can run).
   */
  boolean required() default false;
}
