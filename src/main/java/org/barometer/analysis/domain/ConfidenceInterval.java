package org.barometer.analysis.domain;

/**
 * A two-sided confidence interval [lower, upper] at the given level (0.95 for the usual 95 %).
 *
 * @param level the coverage, in (0, 1)
 */
public record ConfidenceInterval(double lower, double upper, double level) {

  public ConfidenceInterval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("lower " + lower + " above upper " + upper);
    }
    ConfidenceLevels.check(level);
  }

  /** estimate ± halfWidth. */
  static ConfidenceInterval around(double estimate, double halfWidth, double level) {
    return new ConfidenceInterval(estimate - halfWidth, estimate + halfWidth, level);
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
