package org.barometer.analysis.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The critical values of two-sided intervals, in one place so every class uses the same
 * distributions: Student's t for simple means (the sample variance is estimated), the standard
 * normal for stratified estimates (as R's {@code confint(svymean(...))} does).
 */
final class ConfidenceLevels {

  /** The level Barometer reports unless told otherwise. */
  static final double DEFAULT = 0.95;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private ConfidenceLevels() {}

  static double check(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    return level;
  }

  /** t_{1−α/2, df}, with α = 1 − level; df may be fractional (Welch). */
  static double t(double level, double degreesOfFreedom) {
    return student(degreesOfFreedom).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /**
   * Student's t with a tighter inverse accuracy (1e-12) than Commons Math's default 1e-9, so that
   * interval bounds agree with R's {@code qt} to about twelve digits.
   */
  private static TDistribution student(double degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom, 1e-12);
  }

  /** z_{1−α/2}: 1.959963984540054 for 95 %. */
  static double z(double level) {
    return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  /** Two-sided p-value of a t statistic: 2·P(T ≤ −|t|). */
  static double twoSidedT(double t, double degreesOfFreedom) {
    return 2 * student(degreesOfFreedom).cumulativeProbability(-Math.abs(t));
  }

  /** Two-sided p-value of a z statistic: 2·Φ(−|z|). */
  static double twoSidedZ(double z) {
    return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
  }
}
