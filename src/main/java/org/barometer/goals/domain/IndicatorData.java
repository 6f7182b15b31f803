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

  /**
   * Only the figures that could be known on {@code asOf} ({@link PublicationCalendar#knownFrom}),
   * so that a plan scored as of a past day sees what was published by then, and re-issuing last
   * year's report gives last year's answer. A figure without a publication day of its own or a
   * calendar falls back on the default for its kind of source, never on "published at once".
   */
  public IndicatorData publishedBy(Indicator indicator, LocalDate asOf) {
    Predicate<Measurement> published =
        m -> !PublicationCalendar.knownFrom(indicator, m).isAfter(asOf);
    Map<String, Measurements> known = new LinkedHashMap<>();
    comparison.forEach((key, figures) -> known.put(key, figures.where(published)));
    return new IndicatorData(own.where(published), known);
  }

  /** Only the figures for periods that end by {@code day}: what a target due then is judged on. */
  public IndicatorData endingBy(LocalDate day) {
    Predicate<Measurement> inTime = m -> !m.period().endDate().isAfter(day);
    Map<String, Measurements> known = new LinkedHashMap<>();
    comparison.forEach((key, figures) -> known.put(key, figures.where(inTime)));
    return new IndicatorData(own.where(inTime), known);
  }

  /** The comparison figures under a key; none when absent. */
  public Measurements comparison(String key) {
    return comparison.getOrDefault(key, Measurements.none());
  }
}
