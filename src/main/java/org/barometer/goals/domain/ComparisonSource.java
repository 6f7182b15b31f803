package org.barometer.goals.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link Target.Outperform} target compares with. The comparison figures come with the
 * indicator's own ({@link IndicatorData#comparison}), keyed as {@link #keys()} says.
 */
public sealed interface ComparisonSource
    permits ComparisonSource.GroupMean, ComparisonSource.OtherSeries, ComparisonSource.EachOf {

  /** The keys under which {@link IndicatorData#comparison} holds the figures. */
  List<String> keys();

  /** For people: "the mean of KOSTRA group 11". */
  Phrase describe();

  /**
   * The unweighted mean of a group's members (each municipality counts once, as Kolada computes a
   * group value; see {@link org.barometer.statistics.domain.GroupFigure}). A member without a
   * figure is left out of the mean, never counted as zero, and named in the evidence.
   *
   * @param group the group's code ({@code EKG11}, {@code ASSS})
   * @param members municipality numbers; the keys of the comparison figures
   */
  record GroupMean(String group, String name, List<String> members) implements ComparisonSource {
    public GroupMean {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(name, "name");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("Group " + group + " needs at least one member");
      }
    }

    @Override
    public List<String> keys() {
      return members;
    }

    @Override
    public Phrase describe() {
      return Phrase.of("goals.comparison.mean", name);
    }
  }

  /**
   * Another series: the population for "jobs grow faster than the population".
   *
   * @param key the key of its figures
   */
  record OtherSeries(String key, IndicatorSource.OfficialSeries series)
      implements ComparisonSource {
    public OtherSeries {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(series, "series");
    }

    @Override
    public List<String> keys() {
      return List.of(key);
    }

    @Override
    public Phrase describe() {
      return Phrase.of("goals.comparison.series", series.measure(), series.region());
    }
  }

  /**
   * Every one of several regions, to be beaten each ("more growth than the competing regions"). A
   * region without a figure cannot be beaten or lost to; it is named in the evidence.
   */
  record EachOf(String name, List<String> regions) implements ComparisonSource {
    public EachOf {
      Objects.requireNonNull(name, "name");
      regions = List.copyOf(regions);
      if (regions.isEmpty()) {
        throw new IllegalArgumentException(name + " needs at least one region");
      }
    }

    @Override
    public List<String> keys() {
      return regions;
    }

    @Override
    public Phrase describe() {
      return Phrase.of("goals.comparison.each", name);
    }
  }
}
