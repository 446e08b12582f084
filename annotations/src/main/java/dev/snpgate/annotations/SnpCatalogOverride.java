package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defines a SEV_STATUS bit that snpgate's built-in catalog still treats as reserved: a newly
 * architected feature a guest must accept (or require) before a new snpgate release knows it.
 * Declared once per guest, for example on its {@code package-info.java}.
 *
 * <p>The override changes the guest's {@code IMPL_REQ} (a {@link Tier#NO_IMPL_NEEDED} bit leaves
 * it) and shows in the manifest, the docs and the baseline diff. Overriding a bit the built-in
 * catalog defines is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(SnpCatalogOverrides.class)
public @interface SnpCatalogOverride {

  /** The feature tiers an override may give a bit. */
  enum Tier {
    /** The guest must implement the feature before it may run with the hypervisor enabling it. */
    IMPL_REQUIRED,
    /** The hypervisor may enable the feature; the guest needs no code for it. */
    NO_IMPL_NEEDED
  }

  /** The SEV_STATUS bit, reserved in the built-in catalog. */
  int bit();

  /** The feature's display name (letters, digits, '-' and '_'; at most 200 characters). */
  String name();

  /** The feature's long name; defaults to {@link #name()}. At most 4,000 characters. */
  String longName() default "";

  /** The feature's tier. */
  Tier tier();

  /**
   * Where the definition comes from: an AMD APM revision or a kernel commit. Required; at most
   * 4,000 characters.
   */
  String reference();
}
