/** A confidential workload that must never run unprotected: it runs only as an SEV-SNP guest. */
@SnpGuest(name = "snp-only", requiresSnp = true,
    requires = @SnpRequire(bit = 8, rationale = "host IBS sampling would let the host watch this guest's branches"))
package com.example.snp;

import dev.snpgate.annotations.SnpGuest;
import dev.snpgate.annotations.SnpRequire;
