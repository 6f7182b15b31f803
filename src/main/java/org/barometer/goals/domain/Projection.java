package org.barometer.goals.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.barometer.analysis.domain.ConfidenceInterval;

/**
 * Where the trend so far leads by the due year, with a 95 % interval: what decides "on track" or
 * "off track" for a goal not yet due. Two methods, each with its interval from Student's t:
 *
 * <ul>
 *   <li>{@link #leastSquares}: the ordinary least-squares line y = a + b·x through the points (x in
 *       years), projected to x₀; the interval is the <em>prediction</em> interval for a single
 *       future figure, ŷ₀ ± t_{0.975, n−2} · s · √(1 + 1/n + (x₀ − x̄)² / Sxx), with s² = SSE / (n
 *       − 2). A prediction interval rather than the line's confidence interval, because the target
 *       is met or missed by the one figure published for the due year.
 *   <li>{@link #averageGrowth}: the average annual (compound) growth from the first to the last
 *       point, g = ln(y_last / y_first) / years, carried on from the last figure: ŷ₀ = y_last ·
 *       e^{g·h}, h = x₀ − x_last (so 100 → 106 over three years projects 106 · 1.06 three years
 *       later). The interval uses the spread of the per-year log growth of each step, rᵢ = ln(yᵢ /
 *       yᵢ₋₁) / Δxᵢ: g ± t_{0.975, m−1} · sd(r) / √m over the m steps, carried the same way.
 * </ul>
 *
 * With fewer than three points there is no interval (a line through two points has no residuals);
 * with fewer than two there is no projection.
 *
 * @param method how it was projected
 * @param year the year projected to
 * @param value the projected figure
 * @param interval its 95 % interval; empty with fewer than three points
 * @param points how many figures the trend used
 */
public record Projection(
    Method method, int year, double value, Optional<ConfidenceInterval> interval, int points) {

  /** The level of every interval here. */
  public static final double LEVEL = 0.95;

  /** How a projection was made. */
  public enum Method {
    LEAST_SQUARES,
    AVERAGE_GROWTH
  }

  /** A figure of the trend: a year (fractional for quarters) and its value. */
  public record Point(double year, double value) {}

  public Projection {
    Objects.requireNonNull(method, "method");
    interval = interval == null ? Optional.empty() : interval;
  }

  /**
   * The least-squares line through the points, projected to {@code year}; empty with fewer than two
   * points or when all points share a year.
   */
  public static Optional<Projection> leastSquares(List<Point> points, int year) {
    int n = points.size();
    if (n < 2) {
      return Optional.empty();
    }
    double mx = points.stream().mapToDouble(Point::year).average().orElseThrow();
    double my = points.stream().mapToDouble(Point::value).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (Point p : points) {
      sxx += (p.year() - mx) * (p.year() - mx);
      sxy += (p.year() - mx) * (p.value() - my);
    }
    if (sxx == 0) {
      return Optional.empty();
    }
    double slope = sxy / sxx;
    double predicted = my + slope * (year - mx);
    Optional<ConfidenceInterval> interval = Optional.empty();
    if (n >= 3) {
      double sse = 0;
      for (Point p : points) {
        double r = p.value() - (my + slope * (p.year() - mx));
        sse += r * r;
      }
      double s = Math.sqrt(sse / (n - 2));
      double half = t(n - 2) * s * Math.sqrt(1 + 1.0 / n + (year - mx) * (year - mx) / sxx);
      interval = Optional.of(new ConfidenceInterval(predicted - half, predicted + half, LEVEL));
    }
    return Optional.of(new Projection(Method.LEAST_SQUARES, year, predicted, interval, n));
  }

  /**
   * The average annual growth carried on to {@code year}; empty with fewer than two points, or when
   * a value is not positive (growth of a non-positive figure has no meaning).
   *
   * @param points in time order
   */
  public static Optional<Projection> averageGrowth(List<Point> points, int year) {
    int n = points.size();
    if (n < 2 || points.stream().anyMatch(p -> !(p.value() > 0))) {
      return Optional.empty();
    }
    Point first = points.get(0);
    Point last = points.get(n - 1);
    double span = last.year() - first.year();
    if (!(span > 0)) {
      return Optional.empty();
    }
    double g = Math.log(last.value() / first.value()) / span;
    double h = year - last.year();
    double predicted = last.value() * Math.exp(g * h);
    Optional<ConfidenceInterval> interval = Optional.empty();
    int m = n - 1;
    if (m >= 2) {
      double[] r = new double[m];
      double mean = 0;
      for (int i = 1; i < n; i++) {
        Point a = points.get(i - 1);
        Point b = points.get(i);
        r[i - 1] = Math.log(b.value() / a.value()) / (b.year() - a.year());
        mean += r[i - 1] / m;
      }
      double ss = 0;
      for (double ri : r) {
        ss += (ri - mean) * (ri - mean);
      }
      double se = Math.sqrt(ss / (m - 1)) / Math.sqrt(m);
      double half = t(m - 1) * se;
      double low = last.value() * Math.exp((g - half) * h);
      double high = last.value() * Math.exp((g + half) * h);
      interval =
          Optional.of(new ConfidenceInterval(Math.min(low, high), Math.max(low, high), LEVEL));
    }
    return Optional.of(new Projection(Method.AVERAGE_GROWTH, year, predicted, interval, n));
  }

  /** t_{0.975, df}. */
  private static double t(int degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom, 1e-12)
        .inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
  }
}
