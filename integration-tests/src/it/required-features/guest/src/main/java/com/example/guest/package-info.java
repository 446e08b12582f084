/** A guest that runs only where the host enables Secure AVIC, as its APIC library requires. */
@SnpGuest(name = "secure-avic-only", accept = @SnpAccept(library = "com.example:apic", bit = 18))
package com.example.guest;

import dev.snpgate.annotations.SnpAccept;
import dev.snpgate.annotations.SnpGuest;
