/**
 * The contenders of the cold-start benchmark: one {@code main} each, all in one jar, each timed as
 * a whole process from JVM launch to exit by {@link dev.snpgate.benchmarks.coldstart.ColdStart}.
 * Each takes the SEV_STATUS as bare hex digits, reaches the first gate decision (enabling the
 * enabled features when the guest boots), prints one short line and exits; {@link
 * dev.snpgate.benchmarks.coldstart.HelloWorld} only prints.
 */
package dev.snpgate.benchmarks.coldstart;
