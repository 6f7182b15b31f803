package org.barometer.goals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.barometer.analysis.domain.ConfidenceInterval;

/**
 * A number in a {@link Phrase}, kept as a number so that each language writes it by its own rules:
 * "1.6" or "1,6", a sign where a change is meant, a survey figure with its interval. Each is
 * written with at most {@code decimals} decimals (one unless a verdict needs more to be seen: see
 * {@link #decimalsToTell}).
 */
public sealed interface Quantity {

  /** The decimals a figure is written with unless more are needed to tell figures apart. */
  int DEFAULT_DECIMALS = 1;

  /** The most decimals ever written. */
  int MAX_DECIMALS = 6;

  /** A figure: 106.12 → 106.1, 90.0 → 90 with one decimal. */
  record Plain(double value, int decimals) implements Quantity {
    public Plain(double value) {
      this(value, DEFAULT_DECIMALS);
    }
  }

  /** A change with its sign (+1.6, −0.5; 0 has none); with a percent sign when {@code percent}. */
  record Signed(double value, boolean percent, int decimals) implements Quantity {
    public Signed(double value, boolean percent) {
      this(value, percent, DEFAULT_DECIMALS);
    }
  }

  /** A figure with its confidence interval when it has one: 106.1 (95 % CI 104.2–108.0). */
  record Estimate(double value, Optional<ConfidenceInterval> interval, int decimals)
      implements Quantity {
    public Estimate(double value, Optional<ConfidenceInterval> interval) {
      this(value, interval, DEFAULT_DECIMALS);
    }
  }

  /** A p-value with three decimals, or "below 0.001". */
  record PValue(double value) implements Quantity {}

  /**
   * The fewest decimals (at least one, two significant digits for a figure below 1, at most {@link
   * #MAX_DECIMALS}) with which figures that differ are written differently and their difference is
   * not written as 0: 0.66 and 0.67 need two ("from 0.66 to 0.67 (+0.01)"), never "from 0.7 to 0.7
   * (0)". Figures equal to within floating-point noise count as equal.
   */
  static int decimalsToTell(double... values) {
    for (int d = atLeast(values); d < MAX_DECIMALS; d++) {
      if (tells(d, values)) {
        return d;
      }
    }
    return MAX_DECIMALS;
  }

  /**
   * One decimal, or two significant digits for a figure below 1 (0.67, not 0.7; 0.052, not 0.1):
   * one decimal is the rounding of a figure in the tens or hundreds, not of a share.
   */
  private static int atLeast(double[] values) {
    int d = DEFAULT_DECIMALS;
    for (double v : values) {
      double a = Math.abs(v);
      if (Double.isFinite(a) && a > 0 && a < 1) {
        d = Math.max(d, (int) Math.ceil(-Math.log10(a) + 1e-12) + 1);
      }
    }
    return Math.min(d, MAX_DECIMALS);
  }

  private static boolean tells(int d, double[] values) {
    for (int i = 0; i < values.length; i++) {
      for (int j = i + 1; j < values.length; j++) {
        double a = values[i];
        double b = values[j];
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
          continue;
        }
        double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) <= 1e-9 * scale) {
          continue;
        }
        if (round(a, d) == round(b, d) || round(Math.abs(a - b), d) == 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static double round(double v, int d) {
    return BigDecimal.valueOf(v).setScale(d, RoundingMode.HALF_UP).doubleValue();
  }
}
