/**
 * The benchmark guest: 20 feature classes on bits 3..22, compiled with the snpgate processor like
 * any guest, so the cold-start and gate benchmarks measure the registry a user really gets. Each
 * class is also a {@link dev.snpgate.benchmarks.guest.BenchFeature}, which tells its bit at run
 * time: what the ServiceLoader and ClassGraph alternatives need, since they learn the masks only
 * when the guest runs. The classes are alike and were written by a loop (bit number and name only).
 */
@SnpGuest(name = "bench-guest-20")
package dev.snpgate.benchmarks.guest;

import dev.snpgate.annotations.SnpGuest;
