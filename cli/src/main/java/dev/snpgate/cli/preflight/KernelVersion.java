package dev.snpgate.cli.preflight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upstream Linux release, {@code major.minor.patch}: {@code 6.18.2}; {@code 6.6} is the series'
 * first release, {@code 6.6.0}. Stable releases of one series ({@code 6.18.y}) are cumulative, so
 * a release carries every change of the releases of its series below it.
 */
record KernelVersion(int major, int minor, int patch) implements Comparable<KernelVersion> {

  private static final Pattern RELEASE = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,5}))?");

  /**
   * @throws IllegalArgumentException saying what a release looks like
   */
  static KernelVersion parse(String text) {
    Matcher matcher = RELEASE.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an upstream Linux release: give major.minor.patch, "
          + "such as 6.18.2 (a distribution's kernel, such as 6.8.0-45-generic, carries its own backports: "
          + "give the upstream release it is based on, and expect its vendor's changes to differ)");
    }
    return new KernelVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
        matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
  }

  /** Whether {@code other} is a release of the same stable series ({@code 6.18.y}). */
  boolean sameSeries(KernelVersion other) {
    return major == other.major && minor == other.minor;
  }

  /** {@code 6.18}. */
  String series() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(KernelVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
