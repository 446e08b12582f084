package dev.snpgate.processor.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The marker names' hash: FNV-1a 64, checked against the test vectors its authors publish. */
class ContributionDigestTest {

  @Test
  void matchesThePublishedFnv1a64Vectors() {
    assertEquals("cbf29ce484222325", ContributionWriter.digest(""));
    assertEquals("af63dc4c8601ec8c", ContributionWriter.digest("a"));
    assertEquals("85944171f73967e8", ContributionWriter.digest("foobar"));
  }

  @Test
  void keepsLeadingZerosSoEveryNameHasSixteenDigits() {
    // A hash below 2^56, found and computed by an independent FNV-1a implementation.
    assertEquals("00b600797d899454", ContributionWriter.digest("guest-33400"));
  }
}
