package org.barometer.goals.domain;

import java.util.Map;
import java.util.Objects;

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
  public Measurements comparison(String key) {
    return comparison.getOrDefault(key, Measurements.none());
  }
}
