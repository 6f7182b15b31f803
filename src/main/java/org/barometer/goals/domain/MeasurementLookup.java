package org.barometer.goals.domain;

import java.util.Map;

/**
 * Where the scorer gets figures: by indicator id. A service implements it over stored survey
 * results and series (computing derived figures with {@link
 * org.barometer.statistics.domain.Derived}); tests use {@link #of(Map)}.
 */
@FunctionalInterface
public interface MeasurementLookup {

  /**
   * The figures for an indicator; {@link IndicatorData#none()} when there are none.
   *
   * @throws PlanReferenceException when the indicator names a survey, item, table, measure or
   *     region that does not exist
   */
  IndicatorData forIndicator(Indicator indicator);

  /** A lookup over a map by indicator id; absent ids have no figures. */
  static MeasurementLookup of(Map<String, IndicatorData> byIndicatorId) {
    Map<String, IndicatorData> copy = Map.copyOf(byIndicatorId);
    return indicator -> copy.getOrDefault(indicator.id(), IndicatorData.none());
  }
}
