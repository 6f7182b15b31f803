package org.barometer.analysis.domain;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The change of a mean between two cycles: the difference after − before, its standard error, a
 * two-sided interval and test, and a {@link Verdict} at significance level α = 1 − confidence level
 * (5 % by default). The verdict is significant exactly when the interval excludes 0.
 *
 * <p>Two tests, each using the same variance as the intervals shown beside it:
 *
 * <ul>
 *   <li>{@link #welch Welch's t-test} for simple means, which does not assume equal variances, on
 *       the variances of the means that the cycles' own intervals use ({@link Summary}): v_i = (1 −
 *       n_i/N_i)·s_i²/n_i for a cycle that knows its population N_i, v_i = s_i²/n_i for one that
 *       does not. se = √(v₁ + v₂), t = (x̄₂ − x̄₁)/se, Welch–Satterthwaite df = (v₁ + v₂)² /
 *       (v₁²/(n₁ − 1) + v₂²/(n₂ − 1)), interval ± t_{1−α/2, df}·se. Without populations this is R's
 *       {@code t.test(after, before)}; with them, the difference of two {@code svymean}s on {@code
 *       svydesign(ids = ~1, fpc = ~N)} with the Welch–Satterthwaite df. Testing the raw answers (no
 *       correction) while the intervals are corrected would overstate the standard error by about
 *       10 % at sampling fractions of 20–25 %, and call changes "not significant" whose intervals
 *       barely overlap.
 *   <li>{@link #stratified A z-test} for stratified estimates from independent samples: se = √(se₁²
 *       + se₂²), z = difference/se, normal interval and p-value (degrees of freedom are then
 *       empty).
 * </ul>
 *
 * <p>No test (empty se, interval, p and verdict, and a reason) when a cycle has fewer than two
 * answers, has no estimate or no standard error, or when both standard errors are 0 (no spread, or
 * a census in both cycles: t is then undefined); the difference is still given whenever both means
 * exist. A census in one cycle only contributes no variance (v_i = 0), and the df is then the other
 * cycle's n − 1.
 *
 * @param degreesOfFreedom Welch–Satterthwaite df; empty for the z-test
 * @param statistic t or z
 */
public record Comparison(
    OptionalDouble difference,
    OptionalDouble standardError,
    OptionalDouble degreesOfFreedom,
    OptionalDouble statistic,
    OptionalDouble pValue,
    Optional<ConfidenceInterval> interval,
    Optional<Verdict> verdict,
    Optional<String> noTestReason) {

  /** Welch's t-test at 95 %, for cycles whose populations are not known. */
  public static Comparison welch(Frequencies before, Frequencies after) {
    return welch(before, after, ConfidenceLevels.DEFAULT);
  }

  /** Welch's t-test, for cycles whose populations are not known: R's {@code t.test}. */
  public static Comparison welch(Frequencies before, Frequencies after, double confidenceLevel) {
    return welch(before, OptionalLong.empty(), after, OptionalLong.empty(), confidenceLevel);
  }

  /** Welch's t-test at 95 % on the finite-population corrected variances, where N is known. */
  public static Comparison welch(
      Frequencies before,
      OptionalLong populationBefore,
      Frequencies after,
      OptionalLong populationAfter) {
    return welch(before, populationBefore, after, populationAfter, ConfidenceLevels.DEFAULT);
  }

  /**
   * Welch's t-test on the variances of the two means, each with the finite-population correction (1
   * − n/N) when its cycle's population N is given, as in the cycle's own interval.
   *
   * @param populationBefore N of the earlier cycle, or empty when unknown
   * @param populationAfter N of the later cycle, or empty when unknown
   */
  public static Comparison welch(
      Frequencies before,
      OptionalLong populationBefore,
      Frequencies after,
      OptionalLong populationAfter,
      double confidenceLevel) {
    ConfidenceLevels.check(confidenceLevel);
    double fpcBefore = samplingFactor(before, populationBefore);
    double fpcAfter = samplingFactor(after, populationAfter);
    OptionalDouble difference =
        before.n() >= 1 && after.n() >= 1
            ? OptionalDouble.of(after.mean() - before.mean())
            : OptionalDouble.empty();
    if (before.n() < 2 || after.n() < 2) {
      return untested(
          difference,
          "Welch's t-test needs at least 2 answers in each cycle (before "
              + before.n()
              + ", after "
              + after.n()
              + ")");
    }
    return welch(
        before.n(),
        fpcBefore * before.variance() / before.n(),
        after.n(),
        fpcAfter * after.variance() / after.n(),
        difference.getAsDouble(),
        confidenceLevel);
  }

  /** Welch's t-test at 95 % on two summaries (see {@link #welch(Summary, Summary, double)}). */
  public static Comparison welch(Summary before, Summary after) {
    return welch(before, after, ConfidenceLevels.DEFAULT);
  }

  /**
   * Welch's t-test on two cycles' (or groups') summaries, with the variance of each mean its
   * interval uses: v_i = se_i², so (1 − n_i/N_i)·s_i²/n_i where the summary is corrected for a
   * finite population and s_i²/n_i where it is not. The same test as {@link #welch(Frequencies,
   * OptionalLong, Frequencies, OptionalLong, double)} on the answers behind the summaries.
   */
  public static Comparison welch(Summary before, Summary after, double confidenceLevel) {
    ConfidenceLevels.check(confidenceLevel);
    OptionalDouble difference =
        before.mean().isPresent() && after.mean().isPresent()
            ? OptionalDouble.of(after.mean().getAsDouble() - before.mean().getAsDouble())
            : OptionalDouble.empty();
    if (before.standardError().isEmpty() || after.standardError().isEmpty()) {
      return untested(
          difference,
          "Welch's t-test needs at least 2 answers in each cycle (before "
              + before.n()
              + ", after "
              + after.n()
              + ")");
    }
    double seBefore = before.standardError().getAsDouble();
    double seAfter = after.standardError().getAsDouble();
    return welch(
        before.n(),
        seBefore * seBefore,
        after.n(),
        seAfter * seAfter,
        difference.getAsDouble(),
        confidenceLevel);
  }

  /** The test itself, on each mean's variance v_i and sample size n_i ≥ 2. */
  private static Comparison welch(
      long n1, double v1, long n2, double v2, double d, double confidenceLevel) {
    OptionalDouble difference = OptionalDouble.of(d);
    double se = Math.sqrt(v1 + v2);
    if (se == 0) {
      return untested(
          difference,
          "neither cycle has sampling error (no spread, or a census), so t is undefined");
    }
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    double t = d / se;
    double p = ConfidenceLevels.twoSidedT(t, df);
    ConfidenceInterval ci =
        ConfidenceInterval.around(d, ConfidenceLevels.t(confidenceLevel, df) * se, confidenceLevel);
    return new Comparison(
        difference,
        OptionalDouble.of(se),
        OptionalDouble.of(df),
        OptionalDouble.of(t),
        OptionalDouble.of(p),
        Optional.of(ci),
        Optional.of(Verdict.of(d, p, 1 - confidenceLevel)),
        Optional.empty());
  }

  /** 1 − n/N, the factor of a mean's variance; 1 when N is unknown. */
  private static double samplingFactor(Frequencies answers, OptionalLong population) {
    if (population.isEmpty()) {
      return 1;
    }
    long populationSize = population.getAsLong();
    if (populationSize < 1) {
      throw new IllegalArgumentException("population size must be positive");
    }
    return Summary.finitePopulationFactor(answers.n(), populationSize);
  }

  /** The z-test of two independent stratified estimates at 95 %. */
  public static Comparison stratified(StratifiedEstimate before, StratifiedEstimate after) {
    return stratified(before, after, ConfidenceLevels.DEFAULT);
  }

  public static Comparison stratified(
      StratifiedEstimate before, StratifiedEstimate after, double confidenceLevel) {
    if (before.mean().isEmpty() || after.mean().isEmpty()) {
      return untested(OptionalDouble.empty(), "a cycle has no estimate");
    }
    double d = after.mean().getAsDouble() - before.mean().getAsDouble();
    if (before.standardError().isEmpty() || after.standardError().isEmpty()) {
      String reason =
          before.noStandardErrorReason().or(after::noStandardErrorReason).orElse("no SE");
      return untested(OptionalDouble.of(d), "a cycle has no standard error: " + reason);
    }
    return z(
        before.mean().getAsDouble(),
        before.standardError().getAsDouble(),
        after.mean().getAsDouble(),
        after.standardError().getAsDouble(),
        confidenceLevel);
  }

  /** The z-test of two independent estimates with known standard errors. */
  public static Comparison z(
      double before, double seBefore, double after, double seAfter, double confidenceLevel) {
    ConfidenceLevels.check(confidenceLevel);
    if (!(seBefore >= 0 && seAfter >= 0)) {
      throw new IllegalArgumentException("standard errors must be ≥ 0");
    }
    OptionalDouble difference = OptionalDouble.of(after - before);
    double se = Math.sqrt(seBefore * seBefore + seAfter * seAfter);
    if (se == 0) {
      return untested(difference, "both standard errors are 0, so z is undefined");
    }
    double d = after - before;
    double z = d / se;
    double p = ConfidenceLevels.twoSidedZ(z);
    return new Comparison(
        difference,
        OptionalDouble.of(se),
        OptionalDouble.empty(),
        OptionalDouble.of(z),
        OptionalDouble.of(p),
        Optional.of(
            ConfidenceInterval.around(
                d, ConfidenceLevels.z(confidenceLevel) * se, confidenceLevel)),
        Optional.of(Verdict.of(d, p, 1 - confidenceLevel)),
        Optional.empty());
  }

  private static Comparison untested(OptionalDouble difference, String reason) {
    return new Comparison(
        difference,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(reason));
  }

  /** Whether a test was possible. */
  public boolean tested() {
    return verdict.isPresent();
  }
}
