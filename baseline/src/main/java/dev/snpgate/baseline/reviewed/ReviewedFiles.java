package dev.snpgate.baseline.reviewed;

import dev.snpgate.baseline.BaselineFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reviewed files of one guest, its baseline and its docs, each where the build configures it:
 * checked against what the guest has now, or accepted all together.
 */
public record ReviewedFiles(Optional<ReviewedBaseline> baseline, Optional<ReviewedDocs> docs) {

  /**
   * @param baselineNow the baseline the guest has now, as {@link BaselineFormat#write} renders it
   * @param docsNow the docs the guest has now, by file name
   * @param featureClassOnClassPath whether a class with {@code @SnpFeature} of that name is on the class path
   * @param failOn which differences fail; the others warn
   */
  public List<Finding> check(String baselineNow, Map<String, String> docsNow, Predicate<String> featureClassOnClassPath,
      FailOn failOn) {
    List<Finding> findings = new ArrayList<>();
    baseline.ifPresent(file -> findings.addAll(file.check(BaselineFormat.parse(baselineNow), featureClassOnClassPath,
        failOn)));
    docs.ifPresent(dir -> findings.addAll(dir.check(docsNow, failOn)));
    return findings;
  }

  /**
   * Writes the baseline and the docs as the guest has them now, all or none: nothing when one of
   * them cannot be written or the baseline there cannot be parsed.
   */
  public List<Finding> accept(String baselineNow, Map<String, String> docsNow) {
    AllOrNothingWrites writes = new AllOrNothingWrites();
    List<Finding> findings = new ArrayList<>();
    baseline.ifPresent(file -> findings.addAll(file.plan(baselineNow, writes)));
    docs.ifPresent(dir -> findings.addAll(dir.plan(docsNow, writes)));
    if (findings.stream().anyMatch(Finding::error)) {
      return findings.stream().filter(Finding::error).toList();
    }
    Optional<Finding> failure = writes.commit();
    return failure.isPresent() ? List.of(failure.get()) : findings;
  }
}
