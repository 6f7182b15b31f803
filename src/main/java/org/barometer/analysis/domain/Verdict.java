package org.barometer.analysis.domain;

/**
 * What a page says about the change between two cycles. Higher scores are better for every
 * Barometer question and index, so a significant rise is "better".
 */
public enum Verdict {
  SIGNIFICANTLY_BETTER,
  NO_SIGNIFICANT_CHANGE,
  SIGNIFICANTLY_WORSE;

  /** From the difference (after − before) and its two-sided p-value at significance level α. */
  static Verdict of(double difference, double pValue, double alpha) {
    if (pValue >= alpha || difference == 0) {
      return NO_SIGNIFICANT_CHANGE;
    }
    return difference > 0 ? SIGNIFICANTLY_BETTER : SIGNIFICANTLY_WORSE;
  }
}
