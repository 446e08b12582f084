package dev.snpgate.benchmarks.measure;

import dev.snpgate.benchmarks.jmh.GateBenchmark;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link GateBenchmark} with JMH's gc profiler and writes its table: ns/op and bytes/op of
 * each benchmark for each status, and the ratio of {@code decide} to {@code bare} from the same
 * run. Usage: {@code GateReport <forks> <warm-up iterations> <iterations> <seconds per iteration>}.
 */
public final class GateReport {

  static final double TARGET_RATIO = 2.0;
  private static final String[] STATUSES = {"inactive", "nothing-to-enable", "boot-2", "terminate"};
  private static final String[] METHODS = {"bare", "decide", "decideKept"};

  private GateReport() {}

  public static void main(String[] args) throws Exception {
    int forks = Integer.parseInt(args[0]);
    int warmups = Integer.parseInt(args[1]);
    int iterations = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    Options options = new OptionsBuilder()
        .include(GateBenchmark.class.getName() + "\\.")
        .forks(forks)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(seconds))
        .addProfiler("gc")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> figures = new LinkedHashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String key = result.getParams().getParam("status") + "/" + method;
      Result<?> primary = result.getPrimaryResult();
      Result<?> bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
      figures.put(key, new double[] {primary.getScore(), primary.getScoreError(),
          bytes == null ? Double.NaN : bytes.getScore()});
    }
    report(figures, forks, warmups, iterations, seconds);
  }

  private static void report(Map<String, double[]> figures, int forks, int warmups, int iterations, int seconds) {
    System.out.println("JMH 1.37, average time, " + forks + " fork(s), " + warmups + " warm-up and " + iterations
        + " measured iterations of " + seconds + " s (fewer than JMH's defaults, to keep the whole run short on "
        + "this 2-core machine), `-prof gc`. `bare` is Linux's check on constants, `(status & SNP) == 0 || "
        + "(status & IMPL_REQ & ~PRESENT) == 0`; `decide` is `Gate.decide(status, registry).boots()`, what a "
        + "guest branches on; `decideKept` returns the decision object, which JMH keeps (a guest that holds "
        + "on to it to print its message). Ratio: the benchmark's ns/op / `bare`'s for the same status.");
    System.out.println();
    System.out.println("| status | benchmark | ns/op | ± | ratio to bare | bytes/op |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    for (String status : STATUSES) {
      double bare = figures.get(status + "/bare")[0];
      for (String method : METHODS) {
        double[] f = figures.get(status + "/" + method);
        System.out.println("| " + status + " | " + method + " | " + fmt("%.3f", f[0]) + " | " + fmt("%.3f", f[1])
            + " | " + Stats.ratio(f[0] / bare) + " | " + fmt("%.1f", f[2]) + " |");
      }
    }
    System.out.println();
    for (String status : STATUSES) {
      double ratio = figures.get(status + "/decide")[0] / figures.get(status + "/bare")[0];
      System.out.println("TARGET Gate.decide within " + TARGET_RATIO + "× the bare expression, " + status + ": "
          + Stats.ratio(ratio) + " — " + Stats.metOrNot(ratio <= TARGET_RATIO));
      System.out.println();
    }
    for (String status : new String[] {"inactive", "nothing-to-enable"}) {
      double bytes = figures.get(status + "/decide")[2];
      double kept = figures.get(status + "/decideKept")[2];
      System.out.println("TARGET zero bytes/op, " + status + ": " + fmt("%.1f", bytes) + " bytes/op when the guest "
          + "branches on the decision — " + Stats.metOrNot(bytes < 0.5) + " (" + fmt("%.1f", kept)
          + " bytes/op when the decision object is kept)");
      System.out.println();
    }
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
