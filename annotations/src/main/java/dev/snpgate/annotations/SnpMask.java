package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a hand-written {@code static final long} mask that must equal the generated one: for
 * teams migrating from hand-kept constants. The build fails when the value differs, quoting the
 * expected value and the bits that differ.
 *
 * <pre>
 * &#64;SnpMask(SnpMask.Kind.PRESENT)
 * static final long SNP_FEATURES_PRESENT = 0x0000000000040880L;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface SnpMask {

  /** Which generated mask the field must equal. */
  enum Kind {
    /** Bits that need a guest implementation. */
    IMPL_REQ,
    /** Bits the guest implements. */
    PRESENT
  }

  Kind value();
}
