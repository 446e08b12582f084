/**
 * A small SEV-SNP guest kernel: three feature implementations and a boot sequence that goes
 * through the generated gate first.
 */
@SnpGuest(name = "example-guest")
package dev.snpgate.examples.guest;

import dev.snpgate.annotations.SnpGuest;
