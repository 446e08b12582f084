package dev.snpgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guest's acceptance of what one feature library declares about one bit, written in
 * {@link SnpGuest#accept()}. The guest owns its gate: a library on its class path, however
 * indirect, may not take a bit out of the guest's IMPL_REQ (a {@link SnpCatalogOverride} with tier
 * {@code NO_IMPL_NEEDED}) or make the host enable a bit (a feature class marked
 * {@link SnpFeature#required()}) unless the guest accepts it here, by the library's name and the bit.
 * A library's feature class that is not required, or an override that keeps its bit in IMPL_REQ, needs no acceptance.
 * An acceptance that matches nothing a library declares is an error, so none outlives its reason.
 *
 * <pre>{@code @SnpGuest(name = "my-guest", accept = @SnpAccept(library = "com.example:apic", bit = 24))}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface SnpAccept {

  /**
   * The library's name as the guest's build reports it: its {@code group:artifact} when its build
   * passed {@code -Asnpgate.origin} (the Maven plugin does), else its {@code @SnpLibrary} name.
   */
  String library();

  /** The SEV_STATUS bit the library declares something about. */
  int bit();
}
