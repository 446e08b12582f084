package dev.snpgate.baseline.reviewed;

/**
 * Every text about the reviewed (checked-in) baseline and docs, as {@link String#format} templates,
 * the same from the processor and the Maven plugin. Each starts with "snpgate", so no caller adds a
 * prefix of its own. Tests import these.
 */
public final class ReviewedMessages {

  private ReviewedMessages() {}

  public static final String BASELINE_DRIFT =
      "snpgate baseline drift (%s): %s. Review the change, then accept it with: %s";

  public static final String BASELINE_MISSING =
      "snpgate baseline %s does not exist; review the masks this build computed, then create it with: %s";

  public static final String BASELINE_UNREADABLE =
      "snpgate cannot read the baseline %s:%d: %s. This is a problem with the file, not drift (a merge conflict"
          + " or a hand edit?): fix that line, or delete the file and create it anew with: %s";

  /** Accept never replaces what it cannot read: a merge conflict or hand edit would vanish unreviewed. */
  public static final String BASELINE_NOT_REPLACED =
      "snpgate will not replace the baseline %s:%d, which it cannot read (%s): it may hold a merge conflict or"
          + " a hand edit that needs review. Resolve that line (or delete the file to start anew), then accept"
          + " again; nothing was written";

  public static final String BASELINE_WRITTEN =
      "snpgate wrote the baseline %s: IMPL_REQ %s, PRESENT %s";

  /** {@link #BASELINE_WRITTEN} of a guest that requires something; the file has a REQUIRED line only then. */
  public static final String BASELINE_WRITTEN_REQUIRED =
      "snpgate wrote the baseline %s: IMPL_REQ %s, PRESENT %s, REQUIRED %s";

  /** A lost bit whose class is still there: the module holding it was built without the processor. */
  public static final String FEATURE_NOT_CONTRIBUTED =
      "snpgate baseline: PRESENT lost bit %d %s, but its feature class %s is still on the class path with"
          + " @SnpFeature: the module that holds it produced no snpgate contribution (built with <proc>none</proc>"
          + " or -proc:none, or without snpgate-processor in the compiler's annotationProcessorPaths). Fix that"
          + " module's build; do not accept this change";

  public static final String DOCS_MISSING =
      "snpgate docs %s do not exist; create them with: %s";

  public static final String DOCS_STALE =
      "snpgate docs %s are stale: they differ from what this build generates from line %d on. Review the"
          + " change, then accept it with: %s";

  public static final String DOCS_WRITTEN =
      "snpgate wrote the docs %s";

  public static final String CHECKED_IN_FILE_FAILED =
      "snpgate cannot %s %s (%s); check the path the build gives snpgate";

  public static final String NOTHING_WRITTEN =
      "snpgate cannot write %s (%s), so it wrote none of the baseline and docs: every file is as it was."
          + " Fix the path, then accept again";

  /** Items 3 and 6 of the plugin: a module whose build made no snpgate output for its annotations or files. */
  public static final String NO_OUTPUT =
      "snpgate: module %s %s, but its compilation generated no snpgate registry or contribution, so nothing was"
          + " checked. Likely causes: the module was not compiled in this build (run a phase up to"
          + " process-classes); snpgate-processor is missing from the compiler's annotationProcessorPaths;"
          + " annotation processing is off (<proc>none</proc>, -proc:none); or the guest lost its last @SnpFeature"
          + " class (declare it with @SnpGuest). Fix the build, or skip the check with -Dsnpgate.skip";

  public static final String CLASS_OUTPUT_UNREADABLE =
      "snpgate cannot read the baseline the last compilation wrote to %s (%s): it comes from another snpgate"
          + " version; rebuild the module from clean";
}
