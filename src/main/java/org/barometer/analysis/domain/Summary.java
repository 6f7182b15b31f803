package org.barometer.analysis.domain;

import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one question or index in one group, from its frequency table and the number of
 * "don't know" answers.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>n counts substantive answers only; don't know is an answer (it counts for the response
 *       rate) but never enters a mean, a quantile or a share.
 *   <li>sd is the sample standard deviation (n − 1 denominator); se = sd/√n, multiplied by the
 *       finite-population correction √(1 − n/N) when the population size N is known (municipal
 *       populations are small; a census, n = N, has se 0). That is v(ȳ) = (1 − f) s²/n with f = n/N
 *       (Cochran, <i>Sampling Techniques</i>, ch. 2), what R's {@code svymean} computes on {@code
 *       svydesign(ids = ~1, fpc = ~N)}, and the same factor (1 − n_h/N_h) as every stratum of a
 *       {@link StratifiedEstimate}.
 *   <li>The interval is x̄ ± t_{1−α/2, n−1}·se, Student's t with n − 1 degrees of freedom.
 *   <li>Median and quartiles are R's type-7 quantiles (see {@link Frequencies#quantile}).
 *   <li>Shares of each answer point and the top-box share are fractions of n (don't know excluded),
 *       for every point 1..k of the scale, zeros included.
 *   <li>The response rate is (n + don't know)/invitations: those who answered the question.
 * </ul>
 *
 * <p>Edge cases: n = 0 has no mean, quantiles or shares; n = 1 has a mean and quantiles but no sd,
 * se or interval; equal answers have sd 0 and an interval collapsed to the mean; n &gt; N and
 * answers &gt; invitations are refused.
 *
 * @param shares answer point → share of n, empty without a scale or when n = 0
 * @param finitePopulationCorrected whether se carries the finite-population correction
 */
public record Summary(
    long n,
    long dontKnow,
    OptionalDouble mean,
    OptionalDouble standardDeviation,
    OptionalDouble standardError,
    Optional<ConfidenceInterval> confidenceInterval,
    boolean finitePopulationCorrected,
    OptionalDouble median,
    OptionalDouble firstQuartile,
    OptionalDouble thirdQuartile,
    SortedMap<Integer, Double> shares,
    OptionalDouble topBoxShare,
    OptionalDouble responseRate) {

  public Summary {
    shares = Collections.unmodifiableSortedMap(new TreeMap<>(shares));
  }

  /** At 95 %, without scale, population or invitations. */
  public static Summary of(Frequencies answers, long dontKnow) {
    return of(answers, dontKnow, SummaryOptions.defaults());
  }

  public static Summary of(Frequencies answers, long dontKnow, SummaryOptions options) {
    if (dontKnow < 0) {
      throw new IllegalArgumentException("don't know must not be negative");
    }
    long n = answers.n();
    if (options.populationSize().isPresent() && n > options.populationSize().getAsLong()) {
      throw new IllegalArgumentException(
          "n = " + n + " answers exceed the population N = " + options.populationSize());
    }
    OptionalDouble responseRate = OptionalDouble.empty();
    if (options.invitations().isPresent()) {
      long invited = options.invitations().getAsLong();
      long answered = Math.addExact(n, dontKnow);
      if (answered > invited) {
        throw new IllegalArgumentException(
            answered + " answers exceed " + invited + " invitations");
      }
      if (invited > 0) {
        responseRate = OptionalDouble.of((double) answered / invited);
      }
    }

    OptionalDouble mean = n >= 1 ? OptionalDouble.of(answers.mean()) : OptionalDouble.empty();
    OptionalDouble sd = OptionalDouble.empty();
    OptionalDouble se = OptionalDouble.empty();
    Optional<ConfidenceInterval> ci = Optional.empty();
    if (n >= 2) {
      double s = Math.sqrt(answers.variance());
      double standardError = s / Math.sqrt(n);
      if (options.populationSize().isPresent()) {
        standardError *= finitePopulationCorrection(n, options.populationSize().getAsLong());
      }
      sd = OptionalDouble.of(s);
      se = OptionalDouble.of(standardError);
      double level = options.confidenceLevel();
      double halfWidth = standardError == 0 ? 0 : ConfidenceLevels.t(level, n - 1) * standardError;
      ci = Optional.of(ConfidenceInterval.around(mean.getAsDouble(), halfWidth, level));
    }

    SortedMap<Integer, Double> shares = new TreeMap<>();
    OptionalDouble topBox = OptionalDouble.empty();
    if (options.scalePoints().isPresent()) {
      int k = options.scalePoints().getAsInt();
      checkOnScale(answers, k);
      if (n > 0) {
        for (int point = 1; point <= k; point++) {
          shares.put(point, (double) answers.count(point) / n);
        }
        topBox =
            OptionalDouble.of((double) answers.countAtLeast(options.topBoxFrom().orElse(k)) / n);
      }
    }
    return new Summary(
        n,
        dontKnow,
        mean,
        sd,
        se,
        ci,
        options.populationSize().isPresent(),
        quantile(answers, 0.5),
        quantile(answers, 0.25),
        quantile(answers, 0.75),
        shares,
        topBox,
        responseRate);
  }

  /**
   * √(1 − n/N): the factor by which sampling n of N without replacement shrinks the standard error
   * when s² estimates the population variance, as in R's survey package. 0 for a census (n = N).
   */
  static double finitePopulationCorrection(long n, long populationSize) {
    return Math.sqrt(finitePopulationFactor(n, populationSize));
  }

  /** 1 − n/N, the same correction as a factor of the variance of the mean. */
  static double finitePopulationFactor(long n, long populationSize) {
    if (n > populationSize) {
      throw new IllegalArgumentException("n = " + n + " > N = " + populationSize);
    }
    return (double) (populationSize - n) / populationSize;
  }

  private static void checkOnScale(Frequencies answers, int k) {
    for (double v : answers.values()) {
      if (v != Math.rint(v) || v < 1 || v > k) {
        throw new IllegalArgumentException(
            "answer " + v + " is not a point of a 1.." + k + " scale");
      }
    }
  }

  private static OptionalDouble quantile(Frequencies answers, double p) {
    return answers.n() == 0 ? OptionalDouble.empty() : OptionalDouble.of(answers.quantile(p));
  }

  /** Share of don't know among those who answered the question; empty if nobody did. */
  public OptionalDouble dontKnowShare() {
    long answered = n + dontKnow;
    return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dontKnow / answered);
  }
}
