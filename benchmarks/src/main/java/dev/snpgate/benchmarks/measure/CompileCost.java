package dev.snpgate.benchmarks.measure;

import dev.snpgate.benchmarks.compile.GuestSources;
import dev.snpgate.benchmarks.compile.NoOpProcessor;
import dev.snpgate.benchmarks.compile.SourceGeneratingProcessor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compile cost. Whole javac processes on 2,000 ordinary classes plus 60 feature classes, with
 * snpgate's processor, a no-op processor, {@code -proc:none} and a processor that writes one empty
 * class (the floor for any processor that generates code); then, in one warm JVM through
 * javax.tools, guests of 1, 10 and 60 features with snpgate's processor and the no-op one, whose
 * difference is the processor's own cost and shows how it grows.
 *
 * <p>Usage: {@code CompileCost <processor-path dir> <no-op processor path> <work dir> <rounds>
 * <growth rounds>}.
 */
public final class CompileCost {

  static final int ORDINARY = 2000;
  static final int[] GROWTH_SIZES = {1, 10, 60};
  static final double TARGET_RATIO = 1.03;

  private CompileCost() {}

  public static void main(String[] args) throws Exception {
    Path processorPath = Path.of(args[0]);
    String noOpPath = args[1];
    Path work = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    int growthRounds = Integer.parseInt(args[4]);
    String snpgatePath = jars(processorPath, "snpgate-processor", "snpgate-baseline", "snpgate-runtime",
        "snpgate-annotations", "javapoet");
    String classPath = jars(processorPath, "snpgate-annotations", "snpgate-runtime");

    deleteTree(work);
    List<Path> sources = new ArrayList<>(GuestSources.ordinary(work.resolve("src"), ORDINARY));
    sources.addAll(GuestSources.features(work.resolve("src"), 60));
    Path argFile = work.resolve("sources.txt");
    StringBuilder list = new StringBuilder();
    for (Path source : sources) {
      list.append(source).append('\n');
    }
    Files.writeString(argFile, list.toString());

    String[][] configs = {
        {"snpgate processor", "-processorpath", snpgatePath, "-processor", "dev.snpgate.processor.SnpGateProcessor"},
        {"no-op processor", "-processorpath", noOpPath, "-processor", NoOpProcessor.class.getName()},
        {"-proc:none", "-proc:none"},
        {"source-generating processor (one empty class)", "-processorpath", noOpPath, "-processor",
            SourceGeneratingProcessor.class.getName()}};
    List<List<Double>> millis = new ArrayList<>();
    for (int i = 0; i < configs.length; i++) {
      millis.add(new ArrayList<>());
    }
    for (int round = -1; round < rounds; round++) {
      for (int i = 0; i < configs.length; i++) {
        int config = Math.floorMod(i + round, configs.length);
        Path out = work.resolve("out");
        deleteTree(out);
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(ProcessTimer.JAVA_HOME + "/bin/javac", "--release", "17",
            "-d", out.toString(), "-cp", classPath, "-implicit:none"));
        for (int a = 1; a < configs[config].length; a++) {
          command.add(configs[config][a]);
        }
        command.add("@" + argFile);
        double elapsed = ProcessTimer.time(command).millis;
        if (round >= 0) {
          millis.get(config).add(elapsed);
        }
      }
    }
    reportWhole(configs, millis, rounds);
    growth(work, snpgatePath, noOpPath, classPath, growthRounds);
  }

  private static void reportWhole(String[][] configs, List<List<Double>> millis, int rounds) {
    double noOp = Stats.median(millis.get(1));
    double none = Stats.median(millis.get(2));
    System.out.println("javac of " + ORDINARY + " ordinary classes and 60 feature classes (bits 3..62), one "
        + "process per compilation, `--release 17`, median of " + rounds + " alternating runs (one uncounted "
        + "warm-up round).");
    System.out.println();
    System.out.println("| compilation | median ms | ratio to no-op processor | ratio to -proc:none | min ms | max ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (int i = 0; i < configs.length; i++) {
      double median = Stats.median(millis.get(i));
      System.out.println("| " + configs[i][0] + " | " + Stats.ms(median) + " | " + Stats.ratio(median / noOp) + " | "
          + Stats.ratio(median / none) + " | " + Stats.ms(Stats.min(millis.get(i))) + " | "
          + Stats.ms(Stats.max(millis.get(i))) + " |");
    }
    System.out.println();
    double ratio = Stats.median(millis.get(0)) / noOp;
    System.out.println("TARGET compile: snpgate's processor within " + TARGET_RATIO + "× the no-op processor on "
        + "the 60-feature compile: " + Stats.ratio(ratio) + " — " + Stats.metOrNot(ratio <= TARGET_RATIO)
        + " (a processor that writes one empty class: " + Stats.ratio(Stats.median(millis.get(3)) / noOp)
        + "; snpgate against it: " + Stats.ratio(Stats.median(millis.get(0)) / Stats.median(millis.get(3))) + ")");
    System.out.println();
    System.out.println("<details><summary>Raw figures (ms, in run order)</summary>");
    System.out.println();
    for (int i = 0; i < configs.length; i++) {
      System.out.println("- " + configs[i][0] + ": " + Stats.raw(millis.get(i)));
    }
    System.out.println();
    System.out.println("</details>");
    System.out.println();
  }

  /**
   * Guests alone, compiled in this JVM after warm-up, so that javac's own start does not drown the
   * processor's cost: each size with each processor, alternating.
   */
  private static void growth(Path work, String snpgatePath, String noOpPath, String classPath, int rounds)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int sizes = GROWTH_SIZES.length;
    List<List<Path>> guests = new ArrayList<>();
    for (int size : GROWTH_SIZES) {
      guests.add(GuestSources.features(work.resolve("guest-" + size), size));
    }
    double[][] medians = new double[sizes][2];
    List<List<Double>> samples = new ArrayList<>();
    for (int i = 0; i < sizes * 2; i++) {
      samples.add(new ArrayList<>());
    }
    int warmUp = Math.max(3, rounds / 2);
    for (int round = -warmUp; round < rounds; round++) {
      for (int i = 0; i < sizes * 2; i++) {
        int slot = Math.floorMod(i + round, sizes * 2);
        int size = slot / 2;
        boolean snpgate = slot % 2 == 0;
        Path out = work.resolve("growth-out");
        deleteTree(out);
        Files.createDirectories(out);
        List<String> options = List.of("--release", "17", "-d", out.toString(), "-cp", classPath,
            "-processorpath", snpgate ? snpgatePath : noOpPath,
            "-processor", snpgate ? "dev.snpgate.processor.SnpGateProcessor" : NoOpProcessor.class.getName());
        List<String> arguments = new ArrayList<>(options);
        for (Path source : guests.get(size)) {
          arguments.add(source.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
          throw new IllegalStateException("javac failed on the guest of " + GROWTH_SIZES[size] + ":\n" + diagnostics);
        }
        if (round >= 0) {
          samples.get(slot).add(elapsed);
        }
      }
    }
    for (int size = 0; size < sizes; size++) {
      medians[size][0] = Stats.median(samples.get(size * 2));
      medians[size][1] = Stats.median(samples.get(size * 2 + 1));
    }
    reportGrowth(medians, samples, rounds, warmUp);
  }

  private static void reportGrowth(double[][] medians, List<List<Double>> samples, int rounds, int warmUp) {
    System.out.println("### Growth: guests of 1, 10 and 60 features");
    System.out.println();
    System.out.println("The guest's feature classes alone, compiled " + rounds + " times each in one JVM through "
        + "javax.tools after " + warmUp + " warm-up rounds, alternating; javac loads the processor path anew "
        + "for each compilation, as a build does. snpgate's cost is its median minus the no-op processor's.");
    System.out.println();
    System.out.println("| features | snpgate ms | no-op ms | snpgate's cost ms | cost per feature ms |");
    System.out.println("|---:|---:|---:|---:|---:|");
    double[] cost = new double[medians.length];
    for (int size = 0; size < medians.length; size++) {
      cost[size] = medians[size][0] - medians[size][1];
      System.out.println("| " + GROWTH_SIZES[size] + " | " + Stats.ms(medians[size][0]) + " | "
          + Stats.ms(medians[size][1]) + " | " + Stats.ms(cost[size]) + " | "
          + String.format(java.util.Locale.ROOT, "%.2f", cost[size] / GROWTH_SIZES[size]) + " |");
    }
    System.out.println();
    double averageAtTen = cost[1] / GROWTH_SIZES[1];
    double late = (cost[2] - cost[1]) / (GROWTH_SIZES[2] - GROWTH_SIZES[1]);
    boolean linear = late <= averageAtTen;
    System.out.println("Each feature added from 10 to 60 costs " + fmt(late) + " ms; the average per feature at 10 "
        + "(fixed cost included) is " + fmt(averageAtTen) + " ms. A cost a + b·n (linear) never makes the first "
        + "exceed the second; a quadratic one does as soon as its square term matters. The 1-feature row shows "
        + "the fixed cost (loading and starting the processor).");
    System.out.println();
    System.out.println("TARGET growth: cost growing at most linearly from 1 to 60 features: " + fmt(late)
        + " ms per added feature vs " + fmt(averageAtTen) + " ms average per feature at 10 — " + Stats.metOrNot(linear));
    System.out.println();
    System.out.println("<details><summary>Raw figures (ms, in run order)</summary>");
    System.out.println();
    for (int size = 0; size < medians.length; size++) {
      System.out.println("- " + GROWTH_SIZES[size] + " features, snpgate: " + Stats.raw(samples.get(size * 2)));
      System.out.println("- " + GROWTH_SIZES[size] + " features, no-op: " + Stats.raw(samples.get(size * 2 + 1)));
    }
    System.out.println();
    System.out.println("</details>");
  }

  private static String fmt(double millis) {
    return String.format(java.util.Locale.ROOT, "%.2f", millis);
  }

  /** The jars {@code names} in {@code dir}, as a path. */
  static String jars(Path dir, String... names) {
    List<String> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(dir.resolve(name + ".jar").toString());
    }
    return String.join(File.pathSeparator, paths);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
