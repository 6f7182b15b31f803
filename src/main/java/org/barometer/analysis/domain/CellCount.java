package org.barometer.analysis.domain;

import java.util.Objects;

/**
 * One cell of a cycle's sufficient statistics: how many respondents with one background gave one
 * answer to one item. An item is a question or an index; a scale, number or index answer has a
 * {@code value}, a choice a {@code choice}, and "don't know" neither. Every figure Barometer shows
 * (means, variances, quantiles, shares, strata, breakdowns) is computed from these counts, so the
 * answers themselves never leave the database.
 */
public record CellCount(
    String item, Background background, Double value, String choice, boolean dontKnow, long count) {

  public CellCount {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(background, "background");
    if (count < 1) {
      throw new IllegalArgumentException("A cell counts at least one answer, was " + count);
    }
  }
}
