package org.barometer.goals.domain;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.shared.Period;

/** Small builders for the goals tests. */
final class Fixtures {

  static final PlanPeriod PLAN_2023_2026 = PlanPeriod.between(2023, 2026);

  static final IndicatorSource.OfficialSeries JOBS =
      new IndicatorSource.OfficialSeries("SSB", Optional.of("13470"), "jobs", "3907");

  static final IndicatorSource.SurveyItem SATISFACTION =
      new IndicatorSource.SurveyItem(
          "business-climate", IndicatorSource.SurveyItem.Item.INDEX, "satisfaction");

  static final IndicatorSource.PublishedRanking NM =
      new IndicatorSource.PublishedRanking(
          "NHO", "Kommune-NM", Optional.empty(), Optional.of("KOSTRA group 11"));

  static final Schedule KOSTRA = new Schedule.Kostra();

  static final Schedule SURVEY_EVERY_THIRD_YEAR =
      new Schedule.SurveyCycles(List.of(2019, 2022, 2025), MonthDay.of(11, 30));

  private Fixtures() {}

  static Indicator official(Target target, Baseline baseline, Integer due) {
    return indicator(JOBS, Direction.HIGHER_IS_BETTER, target, baseline, due, KOSTRA);
  }

  static Indicator indicator(
      IndicatorSource source,
      Direction direction,
      Target target,
      Baseline baseline,
      Integer due,
      Schedule schedule) {
    return new Indicator(
        "i",
        "indicator",
        source,
        direction,
        "",
        Optional.ofNullable(baseline),
        target,
        due == null ? OptionalInt.empty() : OptionalInt.of(due),
        schedule);
  }

  static Measurements yearly(Object... yearValuePairs) {
    java.util.LinkedHashMap<Integer, Double> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < yearValuePairs.length; i += 2) {
      map.put((Integer) yearValuePairs[i], ((Number) yearValuePairs[i + 1]).doubleValue());
    }
    return Measurements.yearly(map);
  }

  /** A survey figure with a standard error and its 95 % normal interval ± 1.96 se. */
  static Measurement survey(int year, double value, double se, int n) {
    double half = 1.959963984540054 * se;
    return Measurement.survey(
        Period.year(year), value, se, new ConfidenceInterval(value - half, value + half, 0.95), n);
  }

  static IndicatorData data(Measurements own) {
    return IndicatorData.of(own);
  }

  static IndicatorData data(Measurements own, Map<String, Measurements> comparison) {
    return new IndicatorData(own, comparison);
  }
}
