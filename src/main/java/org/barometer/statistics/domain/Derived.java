package org.barometer.statistics.domain;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import org.barometer.shared.Period;

/**
 * Figures derived from series, for the plans' targets: "jobs grow by a larger percentage than the
 * population", "tax income per inhabitant ≥ 90 % of the national average", "+1.5 % jobs a year".
 *
 * <p>Missing stays missing: where an input has no value the result has none either, and keeps the
 * input's status symbol ({@code :} confidential stays {@code :}; an absent period gives {@code
 * ..}). A zero denominator gives {@link Observation#NOT_APPLICABLE} ({@code .}), never an infinity
 * or a zero. Series-valued results have one cell for each period of the first series.
 */
public final class Derived {

  private Derived() {}

  /**
   * Change from the previous period in %: (xₜ / xₜ₋₁ − 1) × 100, where t − 1 is {@link
   * Period#previous()} (the year before, the quarter before). The first period, and any period
   * whose previous one has no value, is missing.
   */
  public static Series changePercent(Series series) {
    TreeMap<Period, Observation> out = new TreeMap<>();
    for (Period p : series.periods()) {
      Observation now = series.observation(p).orElseThrow();
      Observation before =
          series.observation(p.previous()).orElse(Observation.missing(Observation.MISSING));
      out.put(p, combine(now, before, (a, b) -> (a / b - 1) * 100));
    }
    return Series.of("change % of " + series.measure(), series.region(), out);
  }

  /**
   * Growth over a span in %: (x_to / x_from − 1) × 100. Empty when either value is missing or
   * x_from is zero.
   */
  public static OptionalDouble growthPercent(Series series, Period from, Period to) {
    requireSpan(from, to);
    OptionalDouble first = series.value(from);
    OptionalDouble last = series.value(to);
    if (first.isEmpty() || last.isEmpty() || first.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((last.getAsDouble() / first.getAsDouble() - 1) * 100);
  }

  /**
   * Average annual (compound) growth over a span in %: ((x_to / x_from)^(1 / years) − 1) × 100,
   * with years = {@link Period#yearsBetween} (2017 to 2022 is 5). 100 → 121 over 2 years is 10 %.
   * Only defined for a positive x_from and a non-negative x_to (a root of a negative ratio does not
   * exist); else empty, as when either value is missing.
   */
  public static OptionalDouble averageAnnualGrowth(Series series, Period from, Period to) {
    requireSpan(from, to);
    OptionalDouble first = series.value(from);
    OptionalDouble last = series.value(to);
    if (first.isEmpty() || last.isEmpty()) {
      return OptionalDouble.empty();
    }
    double a = first.getAsDouble();
    double b = last.getAsDouble();
    if (a <= 0 || b < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((Math.pow(b / a, 1 / from.yearsBetween(to)) - 1) * 100);
  }

  /**
   * How many percentage points {@code series} grew more than {@code comparison} over the span:
   * growth%(series) − growth%(comparison), each by {@link #growthPercent} (total growth over the
   * span, not per year). Jobs +6 % against population +4 % is +2 points. Empty when either growth
   * is.
   */
  public static OptionalDouble growthDifference(
      Series series, Series comparison, Period from, Period to) {
    OptionalDouble a = growthPercent(series, from, to);
    OptionalDouble b = growthPercent(comparison, from, to);
    return a.isPresent() && b.isPresent()
        ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Per inhabitant, period by period: xₜ / populationₜ. Population is a count at a point in time
   * (SSB: 1 January, or 31 December of the year before); which one to pair with a year's figure is
   * the caller's choice, made by the series it passes.
   */
  public static Series perInhabitant(Series series, Series population) {
    return divided(series, population, 1, "per inhabitant");
  }

  /**
   * Share of the national figure in %, period by period: xₜ / nationalₜ × 100. For a per-inhabitant
   * figure this is "% of the national average" (the threshold "≥ 90 %").
   */
  public static Series shareOfNational(Series series, Series national) {
    return divided(series, national, 100, "% of national");
  }

  private static Series divided(Series series, Series by, double factor, String what) {
    Objects.requireNonNull(by, "by");
    TreeMap<Period, Observation> out = new TreeMap<>();
    for (Map.Entry<Period, Observation> e : series.observations().entrySet()) {
      Observation d = by.observation(e.getKey()).orElse(Observation.missing(Observation.MISSING));
      out.put(e.getKey(), combine(e.getValue(), d, (a, b) -> a / b * factor));
    }
    return Series.of(series.measure() + " " + what, series.region(), out);
  }

  /** {@code op(numerator, denominator)}, with missing and zero denominators as described above. */
  private static Observation combine(
      Observation numerator, Observation denominator, DoubleBinaryOperator op) {
    if (!numerator.hasValue()) {
      return Observation.missing(numerator.status().orElse(null));
    }
    if (!denominator.hasValue()) {
      return Observation.missing(denominator.status().orElse(null));
    }
    double d = denominator.value().getAsDouble();
    if (d == 0) {
      return Observation.missing(Observation.NOT_APPLICABLE);
    }
    return Observation.of(op.applyAsDouble(numerator.value().getAsDouble(), d));
  }

  private static void requireSpan(Period from, Period to) {
    if (from.yearsBetween(to) <= 0) {
      throw new IllegalArgumentException("A span must run forward in time: " + from + " to " + to);
    }
  }
}
