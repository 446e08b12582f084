package dev.snpgate.processor.checkedin;

import dev.snpgate.processor.baseline.Baseline;
import dev.snpgate.processor.baseline.BaselineDiff;
import dev.snpgate.processor.baseline.BaselineFormat;
import dev.snpgate.processor.baseline.BaselineFormatException;
import dev.snpgate.processor.baseline.Drift;
import dev.snpgate.processor.reporting.Messages;
import dev.snpgate.runtime.SevStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The drift check, shared by the processor and the build-phase check: compares the baseline a
 * guest has now with the checked-in file, or writes the file in update mode. Only update mode
 * writes, and only the baseline file.
 */
public final class BaselineFile {

  private BaselineFile() {}

  /**
   * @param file the checked-in baseline
   * @param shownAs the file as the build configured it, for messages
   * @param nowText the baseline the guest has now, as {@link BaselineFormat#write} renders it
   * @param update whether to write {@code nowText} to {@code file} instead of comparing
   * @param acceptCommand the command that accepts a change
   */
  public static List<Finding> run(Path file, String shownAs, String nowText, boolean update, String acceptCommand) {
    Baseline now = BaselineFormat.parse(nowText);
    List<Finding> findings = new ArrayList<>();
    if (update) {
      try {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, nowText, StandardCharsets.UTF_8);
        findings.add(Finding.note(String.format(Messages.BASELINE_WRITTEN, shownAs,
            SevStatus.hex(now.implReq()), SevStatus.hex(now.present()))));
      } catch (IOException e) {
        findings.add(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "write", shownAs,
            FileProblem.of(file, e))));
      }
      return findings;
    }
    byte[] checkedInFile;
    try {
      checkedInFile = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      findings.add(Finding.error(String.format(Messages.BASELINE_MISSING, shownAs, acceptCommand)));
      return findings;
    } catch (IOException e) {
      findings.add(Finding.error(String.format(Messages.CHECKED_IN_FILE_FAILED, "read", shownAs,
          FileProblem.of(file, e))));
      return findings;
    }
    Baseline checkedIn;
    try {
      checkedIn = BaselineFormat.parse(checkedInFile);
    } catch (BaselineFormatException e) {
      findings.add(Finding.error(String.format(Messages.BASELINE_UNREADABLE, shownAs, e.getMessage(), acceptCommand)));
      return findings;
    }
    for (Drift drift : BaselineDiff.compare(checkedIn, now)) {
      findings.add(new Finding(true, drift.bit(), String.format(Messages.BASELINE_DRIFT, drift.impact().label(),
          drift.description(), acceptCommand)));
    }
    return findings;
  }
}
