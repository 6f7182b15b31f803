package org.barometer.analysis.application;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.Verdict;

/**
 * Whether a cycle of a trend changed significantly from the previous cycle that has an estimate:
 * the same test as a comparison of the two cycles, the z-test of the stratified estimates where
 * both cycles have one (and it can be done), else Welch's t-test on the simple means with the
 * variances of their own intervals (corrected for the finite population where a cycle knows it).
 *
 * @param sinceCycleId the earlier cycle, usually the one just before; a cycle where the item (or
 *     group) was suppressed is skipped
 * @param stratified whether {@code test} is the z-test of stratified estimates
 * @param test the difference (this − earlier), its interval, p-value and verdict
 * @param holmPValue the p-value Holm-adjusted over every change of the same series that has a test:
 *     a trend of k cycles tests k − 1 changes at once
 */
public record TrendChange(
    long sinceCycleId,
    String since,
    boolean stratified,
    Comparison test,
    OptionalDouble holmPValue) {

  public Optional<Verdict> verdict() {
    return test.verdict();
  }
}
