package org.barometer.analysis.domain;

import java.util.Objects;

/**
 * One group of a breakdown by a background question (an option, or "not stated") with its number of
 * answers, the input to {@link Suppression}.
 */
public record BreakdownGroup(String key, long n) {

  public BreakdownGroup {
    Objects.requireNonNull(key, "key");
    if (n < 0) {
      throw new IllegalArgumentException(key + ": n must not be negative");
    }
  }
}
