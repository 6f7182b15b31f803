package org.barometer.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;

/**
 * A group's figure for one period, computed from its members' series: the mean, the median, each
 * member's rank, and which members had no value.
 *
 * <ul>
 *   <li><b>Mean</b>: the unweighted mean of the members with a value, Σxᵢ / n over those n members,
 *       as Kolada computes a group value (each municipality counts once, whatever its size).
 *       Members without a value are left out, never counted as zero: {@link #missing()} says who
 *       they were.
 *   <li><b>Median</b>: of the members with a value; for an even n the mean of the two middle
 *       values.
 *   <li><b>Rank</b>: 1 is the best; with {@code higherIsBetter} the highest value is best, else the
 *       lowest. Ties share the best rank they cover and the next rank is skipped ("competition
 *       ranking", 1-2-2-4; R's {@code rank(ties.method = "min")}): rank = 1 + the number of members
 *       with a strictly better value. Members without a value have no rank.
 * </ul>
 *
 * <p>With no member value (all missing, or a group without members) mean, median and ranks are
 * empty. SSB publishes its own KOSTRA group figures ({@code EKG11}), which are not the unweighted
 * mean of the members; {@link #preferring} uses the published one when there is one.
 */
public final class GroupFigure {

  /** Which figure {@link #preferring} gave. */
  public enum Basis {
    /** The figure the office published for the group itself. */
    PUBLISHED,
    /** The unweighted mean computed here from the members. */
    MEAN_OF_MEMBERS
  }

  /** A group figure and where it came from. */
  public record Chosen(double value, Basis basis) {}

  private final RegionGroup group;
  private final Period period;
  private final Map<RegionCode, Double> values;
  private final List<RegionCode> missing;
  private final Map<RegionCode, Integer> ranks;

  private GroupFigure(
      RegionGroup group,
      Period period,
      Map<RegionCode, Double> values,
      List<RegionCode> missing,
      Map<RegionCode, Integer> ranks) {
    this.group = group;
    this.period = period;
    this.values = Collections.unmodifiableMap(values);
    this.missing = List.copyOf(missing);
    this.ranks = Collections.unmodifiableMap(ranks);
  }

  /**
   * @param seriesByMember the members' series; a member absent from the map counts as missing
   * @param higherIsBetter true when a higher value ranks better (jobs, tax income), false when
   *     lower is better (unemployment, emissions)
   */
  public static GroupFigure compute(
      RegionGroup group,
      Map<RegionCode, Series> seriesByMember,
      Period period,
      boolean higherIsBetter) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(seriesByMember, "seriesByMember");
    Objects.requireNonNull(period, "period");
    Map<RegionCode, Double> values = new LinkedHashMap<>();
    List<RegionCode> missing = new ArrayList<>();
    for (RegionCode member : group.members()) {
      Series s = seriesByMember.get(member);
      OptionalDouble v = s == null ? OptionalDouble.empty() : s.value(period);
      if (v.isPresent()) {
        values.put(member, v.getAsDouble());
      } else {
        missing.add(member);
      }
    }
    Map<RegionCode, Integer> ranks = new LinkedHashMap<>();
    for (Map.Entry<RegionCode, Double> e : values.entrySet()) {
      int better = 0;
      for (double other : values.values()) {
        if (higherIsBetter ? other > e.getValue() : other < e.getValue()) {
          better++;
        }
      }
      ranks.put(e.getKey(), 1 + better);
    }
    return new GroupFigure(group, period, values, missing, ranks);
  }

  public RegionGroup group() {
    return group;
  }

  public Period period() {
    return period;
  }

  /** The members with a value, in the group's order. */
  public Map<RegionCode, Double> values() {
    return values;
  }

  /** How many members had a value: the n of the mean. */
  public int counted() {
    return values.size();
  }

  /** The members without a value for the period, in the group's order. */
  public List<RegionCode> missing() {
    return missing;
  }

  /** Σxᵢ / n over the members with a value; empty when none has one. */
  public OptionalDouble mean() {
    return values.values().stream().mapToDouble(Double::doubleValue).average();
  }

  /** The middle value, or the mean of the two middle values; empty when no member has a value. */
  public OptionalDouble median() {
    double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).toArray();
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return OptionalDouble.of(
        sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }

  /** Each member with a value and its rank (1 = best), in the group's order. */
  public Map<RegionCode, Integer> ranks() {
    return ranks;
  }

  /** A member's rank; empty when it has no value or is not a member. */
  public OptionalInt rank(RegionCode member) {
    Integer r = ranks.get(member);
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * The group's figure for the period: the office's own published figure when {@code published} has
   * a value for the period (SSB's {@code EKG11}: computed from all the group's inhabitants, not the
   * unweighted mean, and what SSB's users will compare with), else the {@link #mean()} of the
   * members; empty when neither exists.
   *
   * @param published the series published for the group itself; null or empty when there is none
   */
  public Optional<Chosen> preferring(Series published) {
    if (published != null) {
      OptionalDouble own = published.value(period);
      if (own.isPresent()) {
        return Optional.of(new Chosen(own.getAsDouble(), Basis.PUBLISHED));
      }
    }
    OptionalDouble mean = mean();
    return mean.isPresent()
        ? Optional.of(new Chosen(mean.getAsDouble(), Basis.MEAN_OF_MEMBERS))
        : Optional.empty();
  }
}
