package org.barometer.analysis.domain;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a {@link Summary} needs besides the answers: the confidence level, the scale (for answer
 * shares and the top box), the population size N (for the finite-population correction) and the
 * number of invitations (for the response rate). Start from {@link #defaults()} and add what is
 * known.
 *
 * @param scalePoints k of a 1..k scale, or empty for an index or number question (no shares)
 * @param topBoxFrom the lowest value of the top box; only with a scale
 * @param populationSize N of the surveyed business population, or empty when unknown
 * @param invitations how many were invited, or empty when not known
 */
public record SummaryOptions(
    double confidenceLevel,
    OptionalInt scalePoints,
    OptionalInt topBoxFrom,
    OptionalLong populationSize,
    OptionalLong invitations) {

  public SummaryOptions {
    ConfidenceLevels.check(confidenceLevel);
    if (topBoxFrom.isPresent() && scalePoints.isEmpty()) {
      throw new IllegalArgumentException("a top box needs a scale");
    }
    if (scalePoints.isPresent() && scalePoints.getAsInt() < 2) {
      throw new IllegalArgumentException("a scale has at least 2 points");
    }
    if (topBoxFrom.isPresent()
        && (topBoxFrom.getAsInt() < 1 || topBoxFrom.getAsInt() > scalePoints.getAsInt())) {
      throw new IllegalArgumentException("topBoxFrom outside the scale: " + topBoxFrom);
    }
    if (populationSize.isPresent() && populationSize.getAsLong() < 1) {
      throw new IllegalArgumentException("population size must be positive");
    }
    if (invitations.isPresent() && invitations.getAsLong() < 0) {
      throw new IllegalArgumentException("invitations must not be negative");
    }
  }

  /** 95 %, no scale, no population, no invitations. */
  public static SummaryOptions defaults() {
    return new SummaryOptions(
        ConfidenceLevels.DEFAULT,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        OptionalLong.empty());
  }

  public SummaryOptions confidenceLevel(double level) {
    return new SummaryOptions(level, scalePoints, topBoxFrom, populationSize, invitations);
  }

  /** A 1..points scale whose top box starts at {@code topBoxFrom}. */
  public SummaryOptions scale(int points, int topBoxFrom) {
    return new SummaryOptions(
        confidenceLevel,
        OptionalInt.of(points),
        OptionalInt.of(topBoxFrom),
        populationSize,
        invitations);
  }

  public SummaryOptions populationSize(long n) {
    return new SummaryOptions(
        confidenceLevel, scalePoints, topBoxFrom, OptionalLong.of(n), invitations);
  }

  public SummaryOptions invitations(long count) {
    return new SummaryOptions(
        confidenceLevel, scalePoints, topBoxFrom, populationSize, OptionalLong.of(count));
  }
}
