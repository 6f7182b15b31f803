package org.barometer.goals.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a goal is measured by: a source, which way is better, a baseline and a target rule, as the
 * plans write them ("labour-force participation, SSB, baseline 2021, +2 % a year").
 *
 * @param id unique within the plan; the key of its measurements ({@link MeasurementLookup})
 * @param unit for people and sentences: {@code %}, {@code NOK}, {@code index}, {@code rank}
 * @param due the year the target must be reached; empty for the plan's last year
 * @param schedule when the source publishes
 */
public record Indicator(
    String id,
    String name,
    IndicatorSource source,
    Direction direction,
    String unit,
    Optional<Baseline> baseline,
    Target target,
    OptionalInt due,
    Schedule schedule) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(direction, "direction");
    unit = unit == null ? "" : unit;
    baseline = baseline == null ? Optional.empty() : baseline;
    Objects.requireNonNull(target, "target");
    due = due == null ? OptionalInt.empty() : due;
    Objects.requireNonNull(schedule, "schedule");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("An indicator needs an id and a name: '" + id + "'");
    }
    if (target instanceof Target.GrowthPerYear && baseline.isEmpty()) {
      throw new IllegalArgumentException(
          "Indicator " + id + ": growth per year is counted from a baseline; give one");
    }
    if (target instanceof Target.Rank r && r.betterThanBaseline() && baseline.isEmpty()) {
      throw new IllegalArgumentException(
          "Indicator " + id + ": 'better than the baseline' needs a baseline");
    }
    if (target instanceof Target.Outperform o
        && o.basis() == Target.Outperform.Basis.GROWTH
        && baseline.isEmpty()) {
      throw new IllegalArgumentException(
          "Indicator " + id + ": growth is compared from a baseline period; give one");
    }
  }

  /** The year the target is due: its own, else the plan's last year. */
  public int dueYear(PlanPeriod plan) {
    return due.orElse(plan.to());
  }

  /** Whether figures carry a margin of error that scoring must respect. */
  public boolean isSurvey() {
    return source instanceof IndicatorSource.SurveyItem;
  }

  /**
   * The target in words short enough for a scorecard column: "at least 40", "+1.5 % a year",
   * "better than the mean of ASSS".
   */
  public Phrase targetWords() {
    if (target instanceof Target.Threshold t) {
      return Phrase.of(
          direction == Direction.HIGHER_IS_BETTER ? "goals.level.atLeast" : "goals.level.atMost",
          Wording.number(t.value(), Wording.exact(t.value())));
    }
    if (target instanceof Target.GrowthPerYear g) {
      return Phrase.of(
          "goals.target.growth",
          Wording.signedPercent(g.percentPerYear(), Wording.exact(g.percentPerYear())));
    }
    if (target instanceof Target.ImproveEveryPeriod) {
      return Phrase.of("goals.target.improve");
    }
    if (target instanceof Target.StableOrImprove) {
      return Phrase.of("goals.target.stable");
    }
    if (target instanceof Target.Outperform o) {
      return Phrase.of("goals.target.outperform", o.against().describe());
    }
    if (target instanceof Target.Rank r) {
      return r.top().isPresent()
          ? Phrase.of("goals.target.top", r.top().getAsInt())
          : Phrase.of("goals.target.betterRank");
    }
    return Phrase.of("goals.target.notSet");
  }
}
