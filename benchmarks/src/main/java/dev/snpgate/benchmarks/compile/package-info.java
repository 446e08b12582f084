/**
 * Compile cost: javac with snpgate's processor, with a processor that matches nothing and without
 * annotation processing, on generated sources ({@link dev.snpgate.benchmarks.compile.GuestSources}).
 */
package dev.snpgate.benchmarks.compile;
