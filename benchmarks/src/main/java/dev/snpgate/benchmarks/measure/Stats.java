package dev.snpgate.benchmarks.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and the number formats of the report: fixed decimals, so reruns diff line by line. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    double[] sorted = new double[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static double min(List<Double> values) {
    double min = Double.MAX_VALUE;
    for (double value : values) {
      min = Math.min(min, value);
    }
    return min;
  }

  static double max(List<Double> values) {
    double max = -Double.MAX_VALUE;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.3f×", ratio);
  }

  /** Every run's figure, in run order: the raw data behind a median. */
  static String raw(List<Double> values) {
    StringBuilder out = new StringBuilder();
    for (double value : values) {
      out.append(out.length() == 0 ? "" : " ").append(ms(value));
    }
    return out.toString();
  }

  static String metOrNot(boolean met) {
    return met ? "**met**" : "**not met**";
  }
}
