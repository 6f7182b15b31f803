package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The stratified mean of a question or index, weighting each stratum's answers by its share of the
 * business register, so that an over-represented industry does not tilt the result.
 *
 * <pre>
 *   ȳ_st  = Σ_h W_h ȳ_h,                        W_h = N_h / N
 *   v(ȳ_st) = Σ_h W_h² (1 − n_h/N_h) s_h² / n_h   (s_h² with n_h − 1 denominator)
 *   CI    = ȳ_st ± z_{1−α/2} · √v                 (normal quantile, as R's confint(svymean))
 * </pre>
 *
 * This is exactly what R's survey package computes for {@code svydesign(ids=~1, strata=~h,
 * fpc=~N_h)} and {@code svymean}: there the mean is the ratio Σw_i y_i / Σw_i with w_i = N_h/n_h,
 * and its linearised variance reduces to the formula above.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li><b>Strata with a population but no answers</b> cannot contribute a ȳ_h. Like R's ratio
 *       estimator, N in W_h is then the population of the <em>sampled</em> strata only (the weights
 *       are renormalised), which assumes the unsampled strata resemble the rest. They are listed in
 *       {@link #unsampledStrata()} with their share of the whole register in {@link
 *       #unsampledPopulationShare()}, so a page can warn.
 *   <li><b>A lonely stratum</b> (n_h = 1 &lt; N_h) has no variance of its own; R stops with an
 *       error by default. Here it contributes as R's {@code options(survey.lonely.psu = "adjust")}
 *       has it: its one answer's deviation from the overall estimate,
 *       <pre>
 *   v_h = W_h² (1 − 1/N_h) (y_h1 − ȳ_st)²
 * </pre>
 *       which is conservative (the stratum is treated as if it varied as much as it differs from
 *       the rest). With a few hundred answers over industry × size strata, lonely strata are the
 *       rule rather than the exception, and without this every figure would lose its interval. They
 *       are listed in {@link #lonelyStrata()} so a page can say so. A single answer in all has no
 *       standard error at all.
 *   <li><b>Census strata</b> (n_h = N_h, including N_h = n_h = 1) contribute no variance: their
 *       finite-population factor is 0, as in R (a certainty unit).
 *   <li>No answers in any stratum: no mean.
 *   <li>n_h &gt; N_h is refused by {@link Stratum}.
 * </ul>
 */
public record StratifiedEstimate(
    OptionalDouble mean,
    OptionalDouble standardError,
    Optional<ConfidenceInterval> confidenceInterval,
    long sampleSize,
    long populationSize,
    List<String> unsampledStrata,
    double unsampledPopulationShare,
    List<String> lonelyStrata,
    Optional<String> noStandardErrorReason) {

  public StratifiedEstimate {
    unsampledStrata = List.copyOf(unsampledStrata);
    lonelyStrata = List.copyOf(lonelyStrata);
  }

  /** At the default 95 %. */
  public static StratifiedEstimate of(List<Stratum> strata) {
    return of(strata, ConfidenceLevels.DEFAULT);
  }

  public static StratifiedEstimate of(List<Stratum> strata, double confidenceLevel) {
    ConfidenceLevels.check(confidenceLevel);
    Set<String> keys = new HashSet<>();
    long totalPopulation = 0;
    long sampledPopulation = 0;
    long sampleSize = 0;
    long unsampledPopulation = 0;
    List<String> unsampled = new ArrayList<>();
    List<String> lonely = new ArrayList<>();
    for (Stratum s : strata) {
      if (!keys.add(s.key())) {
        throw new IllegalArgumentException("stratum " + s.key() + " given twice");
      }
      totalPopulation = Math.addExact(totalPopulation, s.populationSize());
      sampleSize = Math.addExact(sampleSize, s.n());
      if (s.n() == 0) {
        unsampled.add(s.key());
        unsampledPopulation += s.populationSize();
      } else {
        sampledPopulation += s.populationSize();
        if (s.n() == 1 && s.populationSize() > 1) {
          lonely.add(s.key());
        }
      }
    }
    double unsampledShare =
        totalPopulation == 0 ? 0 : (double) unsampledPopulation / totalPopulation;
    if (sampleSize == 0) {
      return new StratifiedEstimate(
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          0,
          totalPopulation,
          unsampled,
          unsampledShare,
          lonely,
          Optional.of("no stratum has answers"));
    }

    double mean = 0;
    double variance = 0;
    for (Stratum s : strata) {
      long n = s.n();
      if (n == 0) {
        continue;
      }
      double weight = (double) s.populationSize() / sampledPopulation;
      mean += weight * s.sample().mean();
      if (n < s.populationSize() && n >= 2) {
        double samplingFraction = (double) n / s.populationSize();
        variance += weight * weight * (1 - samplingFraction) * s.sample().variance() / n;
      }
    }
    for (Stratum s : strata) {
      if (lonely.contains(s.key())) {
        double weight = (double) s.populationSize() / sampledPopulation;
        double deviation = s.sample().mean() - mean;
        variance += weight * weight * (1 - 1.0 / s.populationSize()) * deviation * deviation;
      }
    }
    if (sampleSize == 1 && !lonely.isEmpty()) {
      return new StratifiedEstimate(
          OptionalDouble.of(mean),
          OptionalDouble.empty(),
          Optional.empty(),
          sampleSize,
          totalPopulation,
          unsampled,
          unsampledShare,
          lonely,
          Optional.of("a single answer has no margin of error"));
    }
    double se = Math.sqrt(variance);
    double halfWidth = se == 0 ? 0 : ConfidenceLevels.z(confidenceLevel) * se;
    return new StratifiedEstimate(
        OptionalDouble.of(mean),
        OptionalDouble.of(se),
        Optional.of(ConfidenceInterval.around(mean, halfWidth, confidenceLevel)),
        sampleSize,
        totalPopulation,
        unsampled,
        unsampledShare,
        lonely,
        Optional.empty());
  }
}
