@SnpGuest(name = "it-guest")
package g;

import dev.snpgate.annotations.SnpGuest;
