package dev.snpgate.benchmarks.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cold start, as whole processes: JVM launch to the first gate decision (and exit) for the
 * 20-feature guest with 2 and with 20 features enabled, for each way of finding the features,
 * against a hello-world from the same jar. Usage: {@code ColdStart <coldstart.jar> <rounds>}.
 */
public final class ColdStart {

  /** SEV, SEV-ES, SNP and two features (DebugSwap, SecureTSC). */
  static final String TWO_ENABLED = "887";
  /** SEV, SEV-ES, SNP and all 20 features (bits 3..22). */
  static final String TWENTY_ENABLED = "7fffff";

  private static final String PACKAGE = "dev.snpgate.benchmarks.coldstart.";

  /** The target: the generated registry with 2 of 20 enabled within this ratio of hello-world. */
  static final double TARGET_RATIO = 1.05;

  private ColdStart() {}

  private static final class Contender {
    final String label;
    final String mainClass;
    final String status;
    final String expectedOutput;
    final List<Double> millis = new ArrayList<>();

    Contender(String label, String mainClass, String status, String expectedOutput) {
      this.label = label;
      this.mainClass = mainClass;
      this.status = status;
      this.expectedOutput = expectedOutput;
    }
  }

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    int rounds = Integer.parseInt(args[1]);
    List<Contender> contenders = new ArrayList<>();
    contenders.add(new Contender("hello-world", "HelloWorld", null, "hello world"));
    String[][] ways = {
        {"(a) snpgate generated registry", "GeneratedRegistryBoot"},
        {"(b) hand-written switch registry", "HandWrittenBoot"},
        {"(c) ServiceLoader", "ServiceLoaderBoot"},
        {"(d) ClassGraph scanning", "ClassGraphBoot"}};
    for (String[] way : ways) {
      contenders.add(new Contender(way[0] + ", 2 of 20 enabled", way[1], TWO_ENABLED, "boots"));
      contenders.add(new Contender(way[0] + ", 20 of 20 enabled", way[1], TWENTY_ENABLED, "boots"));
    }
    // One warm-up round, not counted: the first launches read the jar and the JDK from disk.
    for (int round = -1; round < rounds; round++) {
      for (int i = 0; i < contenders.size(); i++) {
        Contender contender = contenders.get(Math.floorMod(i + round, contenders.size()));
        List<String> command = new ArrayList<>(List.of(ProcessTimer.JAVA_HOME + "/bin/java", "-cp", jar,
            PACKAGE + contender.mainClass));
        if (contender.status != null) {
          command.add(contender.status);
        }
        ProcessTimer.Run run = ProcessTimer.time(command);
        if (!run.output.strip().equals(contender.expectedOutput)) {
          throw new IllegalStateException(contender.label + " printed " + run.output);
        }
        if (round >= 0) {
          contender.millis.add(run.millis);
        }
      }
    }
    report(contenders, rounds, jar);
  }

  private static void report(List<Contender> contenders, int rounds, String jar) {
    double hello = Stats.median(contenders.get(0).millis);
    System.out.println("Median of " + rounds + " alternating runs each (one uncounted warm-up round), "
        + "wall time from process start to exit, one jar (`" + jar + "`: the runtime, ClassGraph, the "
        + "guest and the contenders), default JVM flags. Ratio: median / hello-world's median.");
    System.out.println();
    System.out.println("| contender | median ms | ratio to hello-world | min ms | max ms |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Contender contender : contenders) {
      double median = Stats.median(contender.millis);
      System.out.println("| " + contender.label + " | " + Stats.ms(median) + " | " + Stats.ratio(median / hello)
          + " | " + Stats.ms(Stats.min(contender.millis)) + " | " + Stats.ms(Stats.max(contender.millis)) + " |");
    }
    System.out.println();
    double snpgateTwo = Stats.median(contenders.get(1).millis) / hello;
    System.out.println("TARGET cold start: first decision with 2 of 20 enabled within " + TARGET_RATIO
        + "× hello-world: " + Stats.ratio(snpgateTwo) + " — " + Stats.metOrNot(snpgateTwo <= TARGET_RATIO));
    System.out.println();
    System.out.println("<details><summary>Raw figures (ms, in run order)</summary>");
    System.out.println();
    for (Contender contender : contenders) {
      System.out.println("- " + contender.label + ": " + Stats.raw(contender.millis));
    }
    System.out.println();
    System.out.println("</details>");
  }
}
