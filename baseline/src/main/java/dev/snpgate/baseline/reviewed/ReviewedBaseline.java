package dev.snpgate.baseline.reviewed;

import dev.snpgate.baseline.Baseline;
import dev.snpgate.baseline.BaselineDiff;
import dev.snpgate.baseline.BaselineFormat;
import dev.snpgate.baseline.BaselineFormatException;
import dev.snpgate.baseline.Drift;
import dev.snpgate.runtime.SevStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reviewed baseline of a guest against the one it has now: compared by meaning, or planned to
 * be written by an accept. A file that cannot be parsed is never replaced: it may hold a merge
 * conflict, exactly the kind of change the baseline exists to show.
 *
 * @param file the checked-in baseline
 * @param shownAs the file as messages name it
 * @param acceptCommand the command that accepts a change
 */
public record ReviewedBaseline(Path file, String shownAs, String acceptCommand) {

  /** The baseline's file in the module directory unless configured otherwise, as the Maven plugin has it. */
  public static final String DEFAULT_FILE = "snpgate-baseline.txt";

  /**
   * One finding per changed bit, or the file's problem.
   *
   * @param now the baseline the guest has now
   * @param featureClassOnClassPath whether a class with {@code @SnpFeature} of that name is on the
   *     class path: a lost bit whose class is still there is a broken build, not a change to accept
   * @param failOn which differences fail; the others warn
   */
  public List<Finding> check(Baseline now, Predicate<String> featureClassOnClassPath, FailOn failOn) {
    List<Finding> findings = new ArrayList<>();
    Optional<byte[]> bytes = current("read", findings);
    if (!findings.isEmpty()) {
      return findings;
    }
    if (bytes.isEmpty()) {
      findings.add(Finding.error(String.format(ReviewedMessages.BASELINE_MISSING, shownAs, acceptCommand)));
      return findings;
    }
    Baseline checkedIn;
    try {
      checkedIn = BaselineFormat.parse(bytes.get());
    } catch (BaselineFormatException e) {
      findings.add(Finding.error(String.format(ReviewedMessages.BASELINE_UNREADABLE, shownAs, e.line(),
          e.problem(), acceptCommand)));
      return findings;
    }
    for (Drift drift : BaselineDiff.compare(checkedIn, now)) {
      String featureClass = classNameOf(checkedIn.implementationOf(drift.bit()));
      boolean lostButThere = drift.lostPresent() && !featureClass.isEmpty()
          && featureClassOnClassPath.test(featureClass);
      findings.add(new Finding(failOn.levelOf(drift.masksChanged()), drift.bit(), lostButThere
          ? String.format(ReviewedMessages.FEATURE_NOT_CONTRIBUTED, drift.bit(), checkedIn.nameOf(drift.bit()),
              featureClass)
          : String.format(ReviewedMessages.BASELINE_DRIFT, drift.impact().label(), drift.description(),
              acceptCommand)));
    }
    return findings;
  }

  /**
   * Plans writing {@code nowText} over the file; an error, and nothing planned, when the file
   * exists but cannot be read or parsed.
   */
  List<Finding> plan(String nowText, AllOrNothingWrites writes) {
    List<Finding> findings = new ArrayList<>();
    Optional<byte[]> before = current("write", findings);
    if (!findings.isEmpty()) {
      return findings;
    }
    if (before.isPresent()) {
      try {
        BaselineFormat.parse(before.get());
      } catch (BaselineFormatException e) {
        findings.add(Finding.error(String.format(ReviewedMessages.BASELINE_NOT_REPLACED, shownAs, e.line(),
            e.problem())));
        return findings;
      }
    }
    writes.add(file, shownAs, nowText, before);
    Baseline now = BaselineFormat.parse(nowText);
    findings.add(Finding.note(now.required() == 0
        ? String.format(ReviewedMessages.BASELINE_WRITTEN, shownAs, SevStatus.hex(now.implReq()),
            SevStatus.hex(now.present()))
        : String.format(ReviewedMessages.BASELINE_WRITTEN_REQUIRED, shownAs, SevStatus.hex(now.implReq()),
            SevStatus.hex(now.present()), SevStatus.hex(now.required()))));
    return findings;
  }

  /**
   * The file's bytes, empty when it does not exist; when it cannot be read, adds why to
   * {@code findings}, as a failure to {@code verb} it.
   */
  private Optional<byte[]> current(String verb, List<Finding> findings) {
    try {
      return AllOrNothingWrites.bytesOf(file);
    } catch (IOException e) {
      findings.add(Finding.error(String.format(ReviewedMessages.CHECKED_IN_FILE_FAILED, verb, shownAs,
          FileProblem.of(file, e))));
      return Optional.empty();
    }
  }

  /** {@code pkg.Class} of a baseline's implementation {@code pkg.Class@group:artifact}. */
  private static String classNameOf(String implementation) {
    int origin = implementation.indexOf('@');
    return origin < 0 ? implementation : implementation.substring(0, origin);
  }
}
