package dev.snpgate.benchmarks.measure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Cold start of snpgate against the hand-written registry it replaces, measured directly: for each
 * guest, JDK and class-data-sharing setup, rounds of hello-world, hand-written, snpgate and the
 * budget's floor (the twin loading as many more classes as snpgate does, each empty) as whole
 * processes in an order shuffled per round, snpgate / hand-written and floor / hand-written per
 * round, and the medians of those ratios (runs seconds apart share the machine's state, which
 * swings by more than the difference measured). Beside the times, the classes each loads from
 * outside the JDK's archive.
 *
 * <p>Usage: {@code PairedColdStart <processor-path dir> <work dir> <rounds> [<java home>...]}; the
 * harness's own JDK is always measured, each further java home too (guests compiled for 17).
 */
public final class PairedColdStart {

  /** SEV, SEV-ES, SNP, DebugSwap and SecureTSC: 2 of the three-feature guest's features enabled. */
  static final String TWO_ENABLED = "887";

  /** The target: snpgate / hand-written, median of paired ratios, three features, 2 enabled, no archive. */
  static final double TARGET_RATIO = 1.02;

  private static final String[] CONTENDERS = {"HelloWorld", "HandWrittenBoot", "SnpgateBoot", "BudgetFloorBoot"};

  private PairedColdStart() {}

  public static void main(String[] args) throws Exception {
    Path processorPath = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> javaHomes = new ArrayList<>(List.of(ProcessTimer.JAVA_HOME));
    for (int i = 3; i < args.length; i++) {
      javaHomes.add(args[i]);
    }
    String runtimeJar = processorPath.resolve("snpgate-runtime.jar").toString();
    List<String> rows = new ArrayList<>();
    String target = null;
    for (BootGuest guest : List.of(BootGuest.threeFeatures(), BootGuest.twentyFeatures())) {
      Path guestJar = compile(guest, processorPath, work.resolve(guest.packageName));
      String classPath = guestJar + File.pathSeparator + runtimeJar;
      for (String javaHome : javaHomes) {
        String java = javaHome + "/bin/java";
        String jdk = jdkVersion(java);
        int[] counts = new int[CONTENDERS.length];
        int[] snpgateCounts = new int[CONTENDERS.length];
        for (int c = 0; c < CONTENDERS.length; c++) {
          List<String> loaded = classesLoaded(java, classPath, guest.main(CONTENDERS[c]), work);
          counts[c] = loaded.size();
          for (String line : loaded) {
            snpgateCounts[c] += line.contains(" dev.snpgate.") ? 1 : 0;
          }
        }
        if (counts[2] - counts[1] != BootGuest.BUDGET_EXTRA_CLASSES || counts[3] != counts[2]) {
          // The floor stands for snpgate's boot path only while it loads as many classes.
          throw new IllegalStateException("classes loaded: hand-written " + counts[1] + ", snpgate " + counts[2]
              + ", budget floor " + counts[3] + "; BootGuest.BUDGET_EXTRA_CLASSES is "
              + BootGuest.BUDGET_EXTRA_CLASSES);
        }
        for (boolean archived : new boolean[] {false, true}) {
          Result result = measure(java, classPath, guest, archived, rounds, work);
          String classCounts = archived ? "" : " | " + counts[0] + " | " + counts[1] + " (" + snpgateCounts[1]
              + " snpgate) | " + counts[2] + " (" + snpgateCounts[2] + " snpgate)";
          rows.add("| " + guest.label + " | " + jdk + " | " + (archived ? "AppCDS archive" : "default CDS")
              + " | " + Stats.ms(Stats.median(result.millis[0])) + " | " + Stats.ms(Stats.median(result.millis[1]))
              + " | " + Stats.ms(Stats.median(result.millis[2])) + " | " + Stats.ms(Stats.median(result.millis[3]))
              + " | " + Stats.ratio(Stats.median(result.ratios)) + " | " + Stats.ratio(Stats.median(result.floorRatios))
              + (archived ? " | | | " : classCounts) + " |");
          if (target == null && !archived) {
            double ratio = Stats.median(result.ratios);
            target = "TARGET cold start against hand-written: snpgate / hand-written, median of " + rounds
                + " paired ratios, three features, 2 of 3 enabled, " + jdk + ", within " + TARGET_RATIO + "×: "
                + Stats.ratio(ratio) + " — " + Stats.metOrNot(ratio <= TARGET_RATIO) + " (the budget floor in the same"
                + " rounds: " + Stats.ratio(Stats.median(result.floorRatios)) + ")";
          }
        }
      }
    }
    System.out.println("SEV_STATUS 0x" + TWO_ENABLED + " (DebugSwap and SecureTSC enabled) for every guest. " + rounds
        + " rounds per row after one uncounted warm-up round; each round runs hello-world, hand-written,"
        + " snpgate and the budget floor as whole processes in an order shuffled per round. Times are medians"
        + " (ms, process start to exit); the ratios are the medians of the per-round ratios to hand-written. The budget floor is the hand-written"
        + " twin loading " + BootGuest.BUDGET_EXTRA_CLASSES + " empty classes of its own jar first, as many classes"
        + " as snpgate's boot path loads more than the twin: the least a gate within the boot path's class budget"
        + " costs. Classes: loaded from outside the JDK's default CDS archive (`-Xlog:class+load`, lines not from a"
        + " shared objects file), snpgate's runtime among them; the guest's own classes (mains, registry,"
        + " features) are in the total.");
    System.out.println();
    System.out.println("| guest | JDK | class data | hello-world ms | hand-written ms | snpgate ms | budget floor ms"
        + " | snpgate / hand-written | budget floor / hand-written | classes: hello-world | hand-written | snpgate |");
    System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String row : rows) {
      System.out.println(row);
    }
    System.out.println();
    System.out.println(target);
  }

  private static final class Result {
    @SuppressWarnings("unchecked")
    final List<Double>[] millis = new List[] {new ArrayList<Double>(), new ArrayList<Double>(),
        new ArrayList<Double>(), new ArrayList<Double>()};
    /** snpgate / hand-written, per round. */
    final List<Double> ratios = new ArrayList<>();
    /** budget floor / hand-written, per round. */
    final List<Double> floorRatios = new ArrayList<>();
  }

  /**
   * Rounds of the contenders, with or without an AppCDS archive of each. Each round runs them in
   * an order shuffled with the round's number as seed: every contender runs before and after every
   * other alike, so no ratio gains from a neighbour (a rotation put snpgate after hand-written in
   * three rounds of four), and a run of the harness repeats its orders.
   */
  private static Result measure(String java, String classPath, BootGuest guest, boolean archived, int rounds,
      Path work) throws IOException, InterruptedException {
    List<List<String>> commands = new ArrayList<>();
    for (String contender : CONTENDERS) {
      List<String> command = new ArrayList<>(List.of(java, "-cp", classPath));
      if (archived) {
        // The recipe of docs/performance.md: a training run writes the archive, later runs map it.
        Path archive = work.resolve(guest.packageName + "-" + contender + "-" + Math.abs(java.hashCode()) + ".jsa");
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp",
            classPath, guest.main(contender), TWO_ENABLED));
        ProcessTimer.time(training);
        command.add("-XX:SharedArchiveFile=" + archive);
      }
      command.add(guest.main(contender));
      command.add(TWO_ENABLED);
      commands.add(command);
    }
    Result result = new Result();
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < CONTENDERS.length; c++) {
      order.add(c);
    }
    for (int round = -1; round < rounds; round++) {
      double[] millis = new double[CONTENDERS.length];
      Collections.shuffle(order, new Random(round));
      for (int contender : order) {
        ProcessTimer.Run run = ProcessTimer.time(commands.get(contender));
        String expected = contender == 0 ? "hello world" : "boots";
        if (!run.output.strip().equals(expected)) {
          throw new IllegalStateException(CONTENDERS[contender] + " printed " + run.output);
        }
        millis[contender] = run.millis;
      }
      if (round >= 0) {
        for (int c = 0; c < CONTENDERS.length; c++) {
          result.millis[c].add(millis[c]);
        }
        result.ratios.add(millis[2] / millis[1]);
        result.floorRatios.add(millis[3] / millis[1]);
      }
    }
    return result;
  }

  /** The {@code [class,load]} lines of one run whose class did not come from a CDS archive. */
  private static List<String> classesLoaded(String java, String classPath, String main, Path work)
      throws IOException, InterruptedException {
    Path log = work.resolve("class-load.log");
    ProcessTimer.time(List.of(java, "-Xshare:auto", "-Xlog:class+load=info:file=" + log, "-cp", classPath, main,
        TWO_ENABLED));
    List<String> loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.contains("[class,load]") && !line.contains("shared objects file")) {
        loaded.add(line);
      }
    }
    return loaded;
  }

  /** Compiles {@code guest} with snpgate's processor; returns its jar. */
  private static Path compile(BootGuest guest, Path processorPath, Path dir) throws IOException, InterruptedException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> command = new ArrayList<>(List.of(ProcessTimer.JAVA_HOME + "/bin/javac", "--release", "17",
        "-XDstringConcat=inline", "-d", classes.toString(), "-cp", CompileCost.jars(processorPath, "snpgate-annotations", "snpgate-runtime"),
        "-processorpath", CompileCost.jars(processorPath, "snpgate-processor", "snpgate-baseline", "snpgate-runtime",
            "snpgate-annotations", "javapoet")));
    for (Path source : guest.write(dir.resolve("src"))) {
      command.add(source.toString());
    }
    ProcessTimer.time(command);
    // A jar: an AppCDS archive takes no directory on the class path.
    Path jar = dir.resolve(guest.packageName + ".jar");
    ProcessTimer.time(List.of(ProcessTimer.JAVA_HOME + "/bin/jar", "--create", "--file", jar.toString(), "-C",
        classes.toString(), "."));
    return jar;
  }

  private static String jdkVersion(String java) throws IOException, InterruptedException {
    String version = ProcessTimer.time(List.of(java, "-version")).output;
    String first = version.lines().filter(line -> line.contains("version")).findFirst().orElse(version);
    return "JDK " + first.replaceAll(".*version \"([^\"]+)\".*", "$1");
  }
}
