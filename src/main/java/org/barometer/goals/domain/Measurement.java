package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.shared.Period;

/**
 * One figure of an indicator for one period. Survey figures carry their standard error, 95 %
 * interval and n, so a change can be tested and the interval shown beside the value; a ranking
 * entered by hand carries its source and date.
 *
 * @param standardError of a survey estimate; empty for official figures
 * @param interval the 95 % confidence interval of a survey estimate
 * @param n the number of answers behind a survey estimate
 * @param source where an entered figure came from (a report's title or address)
 * @param published when it was published
 * @param fieldSize for a rank, how many were ranked (the whole field, or the group it was ranked
 *     within); empty when not entered
 */
public record Measurement(
    Period period,
    double value,
    OptionalDouble standardError,
    Optional<ConfidenceInterval> interval,
    OptionalInt n,
    Optional<String> source,
    Optional<LocalDate> published,
    OptionalInt fieldSize) {

  /** z for a two-sided 95 % interval, to recover a standard error from an interval's width. */
  private static final double Z_95 = 1.959963984540054;

  public Measurement {
    Objects.requireNonNull(period, "period");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("A measurement must be a finite number, was " + value);
    }
    standardError = standardError == null ? OptionalDouble.empty() : standardError;
    interval = interval == null ? Optional.empty() : interval;
    n = n == null ? OptionalInt.empty() : n;
    source = source == null ? Optional.empty() : source;
    published = published == null ? Optional.empty() : published;
    fieldSize = fieldSize == null ? OptionalInt.empty() : fieldSize;
    if (fieldSize.isPresent() && (fieldSize.getAsInt() < 1 || value > fieldSize.getAsInt())) {
      throw new IllegalArgumentException(
          "Rank " + value + " does not fit a field of " + fieldSize.getAsInt());
    }
    if (standardError.isPresent() && !(standardError.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("A standard error must be ≥ 0");
    }
  }

  /** A figure with its own source and publication day (a survey cycle's, a stored table's). */
  public Measurement(
      Period period,
      double value,
      OptionalDouble standardError,
      Optional<ConfidenceInterval> interval,
      OptionalInt n,
      Optional<String> source,
      Optional<LocalDate> published) {
    this(period, value, standardError, interval, n, source, published, OptionalInt.empty());
  }

  /** An official figure. */
  public static Measurement of(Period period, double value) {
    return new Measurement(period, value, null, null, null, null, null);
  }

  /** A survey estimate with its standard error, 95 % interval and n. */
  public static Measurement survey(
      Period period, double value, double standardError, ConfidenceInterval interval, int n) {
    return new Measurement(
        period,
        value,
        OptionalDouble.of(standardError),
        Optional.of(interval),
        OptionalInt.of(n),
        null,
        null);
  }

  /** A rank entered from a published ranking, with its source and publication date. */
  public static Measurement rank(Period period, int rank, String source, LocalDate published) {
    return new Measurement(
        period, rank, null, null, null, Optional.of(source), Optional.of(published));
  }

  /**
   * As {@link #rank(Period, int, String, LocalDate)}, among {@code fieldSize} ranked.
   *
   * @throws IllegalArgumentException when the rank does not fit the field
   */
  public static Measurement rank(
      Period period, int rank, String source, LocalDate published, Integer fieldSize) {
    return new Measurement(
        period,
        rank,
        null,
        null,
        null,
        Optional.of(source),
        Optional.of(published),
        fieldSize == null ? OptionalInt.empty() : OptionalInt.of(fieldSize));
  }

  /**
   * The standard error for testing a change: the one given, else recovered from a 95 % interval as
   * half its width / 1.96; empty when neither is known.
   */
  public OptionalDouble errorForTesting() {
    if (standardError.isPresent()) {
      return standardError;
    }
    return interval
        .filter(ci -> Math.abs(ci.level() - 0.95) < 1e-9)
        .map(ci -> OptionalDouble.of((ci.upper() - ci.lower()) / 2 / Z_95))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Whether the figure is made up: the demonstration tables are titled "(demonstration data)" and
   * the demonstration ranks' source says "demonstration data", so every output can say so.
   */
  public boolean demonstration() {
    return source
        .map(s -> s.toLowerCase(java.util.Locale.ROOT).contains("demonstration data"))
        .orElse(false);
  }
}
