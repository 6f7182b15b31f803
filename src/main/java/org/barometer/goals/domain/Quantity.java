package org.barometer.goals.domain;

import java.util.Optional;
import org.barometer.analysis.domain.ConfidenceInterval;

/**
 * A number in a {@link Phrase}, kept as a number so that each language writes it by its own rules:
 * "1.6" or "1,6", a sign where a change is meant, a survey figure with its interval.
 */
public sealed interface Quantity {

  /** A figure with one decimal at most: 106.12 → 106.1, 90.0 → 90. */
  record Plain(double value) implements Quantity {}

  /** A change with its sign (+1.6, −0.5; 0 has none); with a percent sign when {@code percent}. */
  record Signed(double value, boolean percent) implements Quantity {}

  /** A figure with its confidence interval when it has one: 106.1 (95 % CI 104.2–108.0). */
  record Estimate(double value, Optional<ConfidenceInterval> interval) implements Quantity {}

  /** A p-value with three decimals, or "below 0.001". */
  record PValue(double value) implements Quantity {}
}
