package org.barometer.goals.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The rule an indicator is scored by: one per kind of target the plans use (the brief's table). A
 * rule is data; {@link IndicatorScorer} applies it, direction-aware (see {@link Direction}).
 */
public sealed interface Target
    permits Target.Threshold,
        Target.GrowthPerYear,
        Target.ImproveEveryPeriod,
        Target.StableOrImprove,
        Target.Outperform,
        Target.Rank,
        Target.NotYetSet {

  /**
   * At least (higher is better) or at most (lower is better) a value: tax income per inhabitant ≥
   * 90 % of the national average.
   */
  record Threshold(double value) implements Target {
    public Threshold {
      requireFinite(value);
    }
  }

  /**
   * Grow by a percentage a year from the baseline, compounded: the required value after t years is
   * baseline × (1 + p/100)^t. +2 % a year from 100 in 2021 requires 100 × 1.02³ = 106.1208 in 2024.
   * Use a negative percentage for a figure that should fall.
   */
  record GrowthPerYear(double percentPerYear) implements Target {
    public GrowthPerYear {
      requireFinite(percentPerYear);
      if (percentPerYear <= -100) {
        throw new IllegalArgumentException("A yearly change must be above −100 %");
      }
    }
  }

  /**
   * Better than the period before, every period ("improvement every year"). For a survey figure the
   * improvement must be statistically significant.
   */
  record ImproveEveryPeriod() implements Target {}

  /**
   * Not worse than the period before by more than a tolerance (0: any fall fails). For a survey
   * figure only a significant fall fails.
   *
   * @param tolerance the largest fall still called stable, in the indicator's unit
   */
  record StableOrImprove(double tolerance) implements Target {
    public StableOrImprove {
      requireFinite(tolerance);
      if (tolerance < 0) {
        throw new IllegalArgumentException("A tolerance must not be negative");
      }
    }
  }

  /**
   * Better than a comparison.
   *
   * @param basis what is compared
   */
  record Outperform(ComparisonSource against, Basis basis) implements Target {

    /** What of the figures is compared. */
    public enum Basis {
      /** The value in the period: employment rate above the ASSS mean. */
      LEVEL,
      /** Growth % from the baseline period to the period: jobs grow more than the population. */
      GROWTH,
      /**
       * The gap (own − comparison) is better than in the period before: "improving every year
       * compared with the average of the ASSS municipalities".
       */
      GAP_IMPROVES
    }

    public Outperform {
      Objects.requireNonNull(against, "against");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * A place in a ranking (1 is best): within the top N, better than the baseline rank, or both.
   *
   * @param top the worst rank still reaching the target (5 for "top 5"); empty for none
   * @param betterThanBaseline whether the rank must be better than the baseline's
   */
  record Rank(OptionalInt top, boolean betterThanBaseline) implements Target {
    public Rank {
      top = top == null ? OptionalInt.empty() : top;
      if (top.isPresent() && top.getAsInt() < 1) {
        throw new IllegalArgumentException("Top N needs N ≥ 1");
      }
      if (top.isEmpty() && !betterThanBaseline) {
        throw new IllegalArgumentException("A rank target needs a top N or 'better than baseline'");
      }
    }
  }

  /** "Ambition set when measurements exist": shown with its figures, not scored. */
  record NotYetSet(String note) implements Target {
    public NotYetSet {
      note = note == null ? "" : note;
    }
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("A target value must be a finite number");
    }
  }
}
