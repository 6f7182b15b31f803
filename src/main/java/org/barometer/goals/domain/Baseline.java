package org.barometer.goals.domain;

import java.util.Objects;
import java.util.OptionalDouble;
import org.barometer.shared.Period;

/**
 * The starting point a target is measured from ("the baseline is 2021"). The plans name the period
 * but rarely the value, which then comes from the indicator's own figure for that period; a value
 * written in the plan wins, because it is what the council decided on (figures are revised later).
 *
 * @param value the value decided in the plan; empty to take the measured figure for the period
 */
public record Baseline(Period period, OptionalDouble value) {

  public Baseline {
    Objects.requireNonNull(period, "period");
    value = value == null ? OptionalDouble.empty() : value;
  }

  public static Baseline at(Period period) {
    return new Baseline(period, OptionalDouble.empty());
  }

  public static Baseline of(Period period, double value) {
    return new Baseline(period, OptionalDouble.of(value));
  }
}
