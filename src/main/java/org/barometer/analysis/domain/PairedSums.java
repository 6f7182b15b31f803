package org.barometer.analysis.domain;

import java.util.OptionalDouble;

/**
 * The sufficient statistics of a Pearson correlation over respondents who have both values x and y
 * (e.g. a service-factor index and the overall index): n, Σx, Σy, Σx², Σy², Σxy. One SQL aggregate
 * per group delivers them; {@link #plus} pools groups.
 *
 * <p>r = Sxy / √(Sxx·Syy) with Sxx = Σx² − (Σx)²/n, Syy = Σy² − (Σy)²/n, Sxy = Σxy − ΣxΣy/n. Raw
 * sums lose relative precision when the spread is tiny next to the mean; for 0–100 indices over a
 * few thousand respondents this costs only a few of the 16 digits. A variable whose Sxx is within
 * rounding (≤ 1e-12·Σx²) of zero is treated as constant.
 */
public record PairedSums(
    long n, double sumX, double sumY, double sumXX, double sumYY, double sumXY) {

  public static final PairedSums EMPTY = new PairedSums(0, 0, 0, 0, 0, 0);

  public PairedSums {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
  }

  /** From raw pairs, one per respondent; mostly for tests. */
  public static PairedSums of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    PairedSums sums = EMPTY;
    for (int i = 0; i < x.length; i++) {
      sums = sums.add(x[i], y[i]);
    }
    return sums;
  }

  /** With one more respondent. */
  public PairedSums add(double x, double y) {
    return plus(new PairedSums(1, x, y, x * x, y * y, x * y));
  }

  /** Both groups' respondents together. */
  public PairedSums plus(PairedSums other) {
    return new PairedSums(
        Math.addExact(n, other.n),
        sumX + other.sumX,
        sumY + other.sumY,
        sumXX + other.sumXX,
        sumYY + other.sumYY,
        sumXY + other.sumXY);
  }

  /** Pearson's r in [−1, 1]; empty when n &lt; 2 or either variable is constant. */
  public OptionalDouble correlation() {
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double sxx = sumXX - sumX * sumX / n;
    double syy = sumYY - sumY * sumY / n;
    double sxy = sumXY - sumX * sumY / n;
    if (sxx <= 1e-12 * sumXX || syy <= 1e-12 * sumYY) {
      return OptionalDouble.empty();
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
  }
}
