package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A feature the guest requires though it has no class for it, written in
 * {@link SnpGuest#requires()}: with SEV-SNP active, a host that does not enable the bit is refused
 * at boot, naming the bit and this rationale.
 *
 * <pre>{@code @SnpGuest(name = "my-guest", requires = @SnpRequire(bit = 8, rationale = "..."))}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface SnpRequire {

  /** The SEV_STATUS bit: 3..63, defined by the guest's catalog. */
  int bit();

  /** Why the guest must not run without the feature; shown when it refuses a host. At most 4,000 characters. */
  String rationale();
}
