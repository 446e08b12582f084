/**
 * Whole-process measurements that JMH cannot make (a JVM's own start, a javac run), each writing
 * its section of {@code docs/performance.md} as Markdown on standard output. Runs alternate the
 * contenders round by round, rotating their order, so that drift of the machine (another build,
 * a warming disk cache) falls on all of them alike; figures are medians.
 */
package dev.snpgate.benchmarks.measure;
