package org.barometer.statistics.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;

/**
 * The published figures of one measure for one region, period by period: an immutable map {@code
 * Period → Observation} in time order, all periods of one {@link Period.Kind} (a yearly and a
 * quarterly figure are different measures, and growth between them would be meaningless).
 *
 * <p>A period absent from the map and a period present with a status symbol both read as "no value"
 * in {@link #value}; the difference is kept because the symbol says why.
 */
public final class Series {

  private final String measure;
  private final RegionCode region;
  private final SortedMap<Period, Observation> observations;

  private Series(String measure, RegionCode region, SortedMap<Period, Observation> observations) {
    this.measure = measure;
    this.region = region;
    this.observations = Collections.unmodifiableSortedMap(observations);
  }

  /**
   * @param measure what is measured, e.g. SSB's content code or a label; not blank
   * @throws IllegalArgumentException when the periods are of more than one kind
   */
  public static Series of(
      String measure, RegionCode region, Map<Period, Observation> observations) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(region, "region");
    if (measure.isBlank()) {
      throw new IllegalArgumentException("A series needs a measure");
    }
    TreeMap<Period, Observation> copy = new TreeMap<>();
    observations.forEach(
        (p, o) ->
            copy.put(Objects.requireNonNull(p, "period"), Objects.requireNonNull(o, p.code())));
    if (!copy.isEmpty()) {
      Period.Kind kind = copy.firstKey().kind();
      for (Period p : copy.keySet()) {
        if (p.kind() != kind) {
          throw new IllegalArgumentException(
              "Series "
                  + measure
                  + " for "
                  + region
                  + " mixes "
                  + kind
                  + " and "
                  + p.kind()
                  + " periods ("
                  + copy.firstKey()
                  + ", "
                  + p
                  + ")");
        }
      }
    }
    return new Series(measure, region, copy);
  }

  /** A series of plain values, mostly for tests and derived figures. */
  public static Series ofValues(String measure, RegionCode region, Map<Period, Double> values) {
    TreeMap<Period, Observation> obs = new TreeMap<>();
    values.forEach((p, v) -> obs.put(p, v == null ? Observation.missing(null) : Observation.of(v)));
    return of(measure, region, obs);
  }

  /** An empty series: a region the table does not cover. */
  public static Series empty(String measure, RegionCode region) {
    return of(measure, region, Map.of());
  }

  /**
   * One continuous series under {@code region} from series published under earlier codes of the
   * same municipality (see {@link MunicipalityHistory}). A period one part has a value for and the
   * others only a symbol (SSB keeps retired codes in its tables with {@code ..}) takes the value;
   * when no part has a value, the symbol of the first part in the given order is kept.
   *
   * <p>Never adds: after a merger, the old municipalities each have a value for the same year, and
   * their sum is only right for counts, not for rates or per-inhabitant figures; the caller must
   * decide.
   *
   * @throws IllegalArgumentException naming both codes and the period when two parts have a value
   *     for the same period, or when the parts' measures or period kinds differ
   */
  public static Series joined(RegionCode region, Collection<Series> parts) {
    Objects.requireNonNull(region, "region");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("Nothing to join for " + region.code());
    }
    String measure = parts.iterator().next().measure;
    TreeMap<Period, Observation> merged = new TreeMap<>();
    TreeMap<Period, String> valueFrom = new TreeMap<>();
    for (Series part : parts) {
      if (!part.measure.equals(measure)) {
        throw new IllegalArgumentException(
            "Cannot join different measures: " + measure + " and " + part.measure);
      }
      for (Map.Entry<Period, Observation> e : part.observations.entrySet()) {
        Period p = e.getKey();
        Observation o = e.getValue();
        String earlier = valueFrom.get(p);
        if (o.hasValue() && earlier != null) {
          throw new IllegalArgumentException(
              "Both "
                  + earlier
                  + " and "
                  + part.region.code()
                  + " have a value for "
                  + p
                  + " of "
                  + measure
                  + ": a merger, not a renumbering; decide how to combine them");
        }
        if (o.hasValue()) {
          merged.put(p, o);
          valueFrom.put(p, part.region.code());
        } else {
          merged.putIfAbsent(p, o);
        }
      }
    }
    return of(measure, region, merged);
  }

  public String measure() {
    return measure;
  }

  public RegionCode region() {
    return region;
  }

  /** The kind of all periods; empty for an empty series. */
  public Optional<Period.Kind> kind() {
    return observations.isEmpty() ? Optional.empty() : Optional.of(observations.firstKey().kind());
  }

  public boolean isEmpty() {
    return observations.isEmpty();
  }

  /** The periods in time order, those with a symbol included. */
  public List<Period> periods() {
    return List.copyOf(observations.keySet());
  }

  /** All cells in time order (unmodifiable). */
  public SortedMap<Period, Observation> observations() {
    return observations;
  }

  public Optional<Observation> observation(Period period) {
    return Optional.ofNullable(observations.get(period));
  }

  /** The value for a period; empty when the period is absent or has only a symbol. */
  public OptionalDouble value(Period period) {
    Observation o = observations.get(period);
    return o == null ? OptionalDouble.empty() : o.value();
  }

  /** The same figures under another region code, e.g. a municipality's current code. */
  public Series withRegion(RegionCode other) {
    return new Series(measure, Objects.requireNonNull(other, "other"), observations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && s.measure.equals(measure)
        && s.region.equals(region)
        && s.observations.equals(observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, region, observations);
  }

  @Override
  public String toString() {
    return "Series{" + measure + ", " + region.code() + ", " + observations + "}";
  }
}
