/** A confidential workload that must never run unprotected: it runs only as an SEV-SNP guest. */
@SnpGuest(name = "snp-only", requiresSnp = true)
package com.example.snp;

import dev.snpgate.annotations.SnpGuest;
