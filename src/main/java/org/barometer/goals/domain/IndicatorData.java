package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the scorer needs for one indicator: its own figures and, for an outperform target, the
 * comparison's figures keyed as {@link ComparisonSource#keys()} says (member municipality numbers,
 * or the other series' key).
 */
public record IndicatorData(Measurements own, Map<String, Measurements> comparison) {

  public IndicatorData {
    Objects.requireNonNull(own, "own");
    comparison = Map.copyOf(comparison);
  }

  public static IndicatorData of(Measurements own) {
    return new IndicatorData(own, Map.of());
  }

  public static IndicatorData none() {
    return new IndicatorData(Measurements.none(), Map.of());
  }

  /** The comparison figures under a key; none when absent. */
  /**
   * Only the figures published by {@code asOf}, by their own publication date (an entered rank) or
   * else the indicator's calendar, so a plan scored "as of" a past day sees what was known then. A
   * figure without a known publication date is kept.
   */
  public IndicatorData publishedBy(Schedule schedule, LocalDate asOf) {
    Predicate<Measurement> published =
        m ->
            m.published()
                .or(() -> PublicationCalendar.publication(schedule, m.period()))
                .map(day -> !day.isAfter(asOf))
                .orElse(true);
    Map<String, Measurements> known = new LinkedHashMap<>();
    comparison.forEach((key, figures) -> known.put(key, figures.where(published)));
    return new IndicatorData(own.where(published), known);
  }

  public Measurements comparison(String key) {
    return comparison.getOrDefault(key, Measurements.none());
  }
}
