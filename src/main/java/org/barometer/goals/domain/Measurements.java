package org.barometer.goals.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.barometer.shared.Period;
import org.barometer.statistics.domain.Series;

/** An indicator's (or a comparison region's) figures, one per period, in time order. */
public final class Measurements {

  private static final Measurements NONE = new Measurements(new TreeMap<>());

  private final TreeMap<Period, Measurement> byPeriod;

  private Measurements(TreeMap<Period, Measurement> byPeriod) {
    this.byPeriod = byPeriod;
  }

  /**
   * @throws IllegalArgumentException when a period is given twice
   */
  public static Measurements of(Collection<Measurement> measurements) {
    TreeMap<Period, Measurement> map = new TreeMap<>();
    for (Measurement m : measurements) {
      if (map.put(m.period(), m) != null) {
        throw new IllegalArgumentException("Two figures for " + m.period());
      }
    }
    return new Measurements(map);
  }

  /** Plain yearly values, mostly for tests and official series: {@code {2021: 100.0, …}}. */
  public static Measurements yearly(Map<Integer, Double> values) {
    return of(
        values.entrySet().stream()
            .map(e -> Measurement.of(Period.year(e.getKey()), e.getValue()))
            .toList());
  }

  /** A stored official series' figures; a missing cell (a status symbol) gives no measurement. */
  public static Measurements of(Series series) {
    List<Measurement> out = new ArrayList<>();
    series
        .observations()
        .forEach((p, o) -> o.value().ifPresent(v -> out.add(Measurement.of(p, v))));
    return of(out);
  }

  /** The figures that pass the test, in the same order. */
  public Measurements where(Predicate<Measurement> test) {
    TreeMap<Period, Measurement> kept = new TreeMap<>();
    byPeriod.forEach(
        (p, m) -> {
          if (test.test(m)) {
            kept.put(p, m);
          }
        });
    return kept.size() == byPeriod.size() ? this : new Measurements(kept);
  }

  /**
   * The same figures, each that names no source of its own naming {@code source} (a stored table's
   * title), so the scorecard can say where a figure came from, demonstration data included.
   */
  public Measurements withSource(String source) {
    if (source == null || source.isBlank() || byPeriod.isEmpty()) {
      return this;
    }
    TreeMap<Period, Measurement> named = new TreeMap<>();
    byPeriod.forEach(
        (p, m) ->
            named.put(
                p,
                m.source().isPresent()
                    ? m
                    : new Measurement(
                        m.period(),
                        m.value(),
                        m.standardError(),
                        m.interval(),
                        m.n(),
                        java.util.Optional.of(source),
                        m.published(),
                        m.fieldSize())));
    return new Measurements(named);
  }

  public static Measurements none() {
    return NONE;
  }

  public boolean isEmpty() {
    return byPeriod.isEmpty();
  }

  public List<Measurement> all() {
    return List.copyOf(byPeriod.values());
  }

  public Optional<Measurement> at(Period period) {
    return Optional.ofNullable(byPeriod.get(period));
  }

  /** The latest figure at or before {@code period}. */
  public Optional<Measurement> latestUpTo(Period period) {
    var e = byPeriod.floorEntry(period);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /** The latest figure strictly before {@code period}: the "previous period" of a change. */
  public Optional<Measurement> before(Period period) {
    var e = byPeriod.lowerEntry(period);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /** The figures from {@code from} to {@code to}, both included. */
  public List<Measurement> between(Period from, Period to) {
    return List.copyOf(byPeriod.subMap(from, true, to, true).values());
  }
}
