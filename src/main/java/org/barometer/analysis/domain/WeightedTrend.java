package org.barometer.analysis.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether an item has a trend over a survey's cycles: the weighted least-squares slope of the
 * cycles' estimates on their years, each estimate weighted by the inverse of its variance, so a
 * cycle with few answers counts less than one with many.
 *
 * <pre>
 *   w_i = 1/se_i²,  x̄_w = Σ w_i x_i / Σ w_i,  ȳ_w = Σ w_i y_i / Σ w_i
 *   slope = Σ w_i (x_i − x̄_w)(y_i − ȳ_w) / Σ w_i (x_i − x̄_w)²
 *   se(slope) = √(1 / Σ w_i (x_i − x̄_w)²)
 *   z = slope / se, p = 2Φ(−|z|), interval slope ± z_{1−α/2}·se
 * </pre>
 *
 * The variances are known (each cycle's standard error), not estimated from the scatter about the
 * line, so the standard error is not scaled by the residuals and the test is a z-test: R's {@code
 * summary(glm(y ~ x, weights = 1/se^2), dispersion = 1)}, or {@code lm} with the same weights and
 * its standard error divided by the residual σ. With two cycles the slope is their difference per
 * year, and its test is the z-test of the two estimates.
 *
 * <p>No slope (empty figures, and a reason) with fewer than two cycles, when all are in the same
 * year, or when a cycle has no sampling error (a census: its weight would be infinite).
 *
 * @param slope change of the estimate per year
 * @param cycles the number of cycles (points) the slope is fitted to
 * @param weightedMeanYear x̄_w, the point the fitted line goes through with {@code
 *     weightedMeanEstimate} ȳ_w
 */
public record WeightedTrend(
    OptionalDouble slope,
    OptionalDouble standardError,
    OptionalDouble statistic,
    OptionalDouble pValue,
    Optional<ConfidenceInterval> interval,
    Optional<Verdict> verdict,
    int cycles,
    OptionalDouble weightedMeanYear,
    OptionalDouble weightedMeanEstimate,
    Optional<String> noTrendReason) {

  /**
   * One cycle's estimate.
   *
   * @param year when, in years (a decimal year is fine)
   * @param standardError the estimate's standard error, ≥ 0
   */
  public record Point(double year, double estimate, double standardError) {
    public Point {
      if (!Double.isFinite(year) || !Double.isFinite(estimate)) {
        throw new IllegalArgumentException("year and estimate must be finite");
      }
      if (!(standardError >= 0) || Double.isInfinite(standardError)) {
        throw new IllegalArgumentException("standard error must be finite and ≥ 0");
      }
    }
  }

  /** At 95 %. */
  public static WeightedTrend of(List<Point> points) {
    return of(points, ConfidenceLevels.DEFAULT);
  }

  public static WeightedTrend of(List<Point> points, double confidenceLevel) {
    ConfidenceLevels.check(confidenceLevel);
    int k = points.size();
    if (k < 2) {
      return none(k, "a trend needs at least two cycles");
    }
    if (points.stream().mapToDouble(Point::year).distinct().count() < 2) {
      return none(k, "all cycles are in the same year");
    }
    if (points.stream().anyMatch(p -> p.standardError() == 0)) {
      return none(k, "a cycle without sampling error (a census) cannot be weighted");
    }
    double sumW = 0;
    double sumWx = 0;
    double sumWy = 0;
    for (Point p : points) {
      double w = weight(p);
      sumW += w;
      sumWx += w * p.year();
      sumWy += w * p.estimate();
    }
    double meanX = sumWx / sumW;
    double meanY = sumWy / sumW;
    double sxx = 0;
    double sxy = 0;
    for (Point p : points) {
      double w = weight(p);
      double dx = p.year() - meanX;
      sxx += w * dx * dx;
      sxy += w * dx * (p.estimate() - meanY);
    }
    double slope = sxy / sxx;
    double se = Math.sqrt(1 / sxx);
    double z = slope / se;
    double p = ConfidenceLevels.twoSidedZ(z);
    return new WeightedTrend(
        OptionalDouble.of(slope),
        OptionalDouble.of(se),
        OptionalDouble.of(z),
        OptionalDouble.of(p),
        Optional.of(
            ConfidenceInterval.around(
                slope, ConfidenceLevels.z(confidenceLevel) * se, confidenceLevel)),
        Optional.of(Verdict.of(slope, p, 1 - confidenceLevel)),
        k,
        OptionalDouble.of(meanX),
        OptionalDouble.of(meanY),
        Optional.empty());
  }

  private static double weight(Point p) {
    return 1 / (p.standardError() * p.standardError());
  }

  private static WeightedTrend none(int cycles, String reason) {
    return new WeightedTrend(
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        cycles,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.of(reason));
  }

  /** The fitted line at a year: ȳ_w + slope·(year − x̄_w); empty without a slope. */
  public OptionalDouble fitted(double year) {
    if (slope.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        weightedMeanEstimate.getAsDouble()
            + slope.getAsDouble() * (year - weightedMeanYear.getAsDouble()));
  }

  /** Whether a slope was tested. */
  public boolean tested() {
    return verdict.isPresent();
  }
}
