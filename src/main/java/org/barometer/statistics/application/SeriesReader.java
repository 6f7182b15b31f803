package org.barometer.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.barometer.platform.error.NotFoundException;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.application.SeriesReading.GroupLine;
import org.barometer.statistics.application.SeriesReading.GroupPoint;
import org.barometer.statistics.application.SeriesReading.RegionLine;
import org.barometer.statistics.domain.GroupFigure;
import org.barometer.statistics.domain.MunicipalityHistory;
import org.barometer.statistics.domain.Observation;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.RegionGroupDirectory;
import org.barometer.statistics.domain.Series;

/**
 * Reads a series for regions and region groups over a span of periods: each municipality as one
 * continuous series across its codes ({@link RegionLineage}), each group as its published figure or
 * the unweighted mean of its members, with median and ranks ({@link GroupFigure}).
 */
@ApplicationScoped
public class SeriesReader {

  private StatisticsCatalogue catalogue;
  private RegionGroupDirectory groups;
  private Function<Country, MunicipalityHistory> histories;

  protected SeriesReader() {}

  /** With the shipped code changes and those last fetched from KLASS (read on each call). */
  @Inject
  public SeriesReader(
      StatisticsCatalogue catalogue, RegionGroupDirectory groups, MunicipalityCodes codes) {
    this.catalogue = catalogue;
    this.groups = groups;
    this.histories = codes::history;
  }

  /** With the shipped code changes only. */
  public SeriesReader(StatisticsCatalogue catalogue, RegionGroupDirectory groups) {
    this.catalogue = catalogue;
    this.groups = groups;
    this.histories = MunicipalityCodes::shipped;
  }

  /** With a history of Norwegian code changes other than the shipped one. */
  public SeriesReader(
      StatisticsCatalogue catalogue, RegionGroupDirectory groups, MunicipalityHistory history) {
    this.catalogue = catalogue;
    this.groups = groups;
    this.histories =
        country -> country == history.country() ? history : MunicipalityCodes.shipped(country);
  }

  /**
   * @param seriesId the series
   * @param regions region codes as written by the user (K_3001, 3001, EAK, 00), read for the
   *     series' office
   * @param groupCodes codes of region groups
   * @param from the first period, or null for all
   * @param to the last period, or null for all
   * @throws NotFoundException when the series or a group does not exist
   * @throws IllegalArgumentException naming the code when a region code cannot be read
   */
  public SeriesReading read(
      long seriesId, List<String> regions, List<String> groupCodes, Period from, Period to) {
    SeriesEntry entry =
        catalogue
            .seriesEntry(seriesId)
            .orElseThrow(() -> new NotFoundException("There is no series " + seriesId + "."));
    Country office = officeOf(entry);
    int year = Year.now().getValue();
    Map<Country, MunicipalityHistory> history = new EnumMap<>(Country.class);
    List<RegionLine> lines = new ArrayList<>();
    if (!regions.isEmpty()) {
      List<RegionEntry> named = catalogue.regions(seriesId);
      for (String written : regions) {
        RegionLineage lineage = lineage(RegionCodes.normalise(written, office), history, year);
        lines.add(line(seriesId, entry, lineage, named, from, to));
      }
    }
    List<GroupLine> groupLines = new ArrayList<>();
    for (String code : groupCodes) {
      RegionGroup group =
          groups
              .group(code)
              .orElseThrow(() -> new NotFoundException("There is no region group " + code + "."));
      groupLines.add(group(seriesId, entry, group, office, history, year, from, to));
    }
    return new SeriesReading(entry, lines, groupLines);
  }

  /**
   * One region's figures over all periods: the same series as {@link #read} gives for that region
   * ({@code read(entry.id(), List.of(region), List.of(), null, null).regions().get(0).figures()}),
   * without reading the entry again or the names of every region the series covers, which a plan's
   * scorecard, reading a hundred series, has no use for.
   *
   * @throws IllegalArgumentException naming the code when the region code cannot be read
   */
  public Series figures(SeriesEntry entry, String region) {
    RegionLineage lineage =
        lineage(
            RegionCodes.normalise(region, officeOf(entry)),
            new EnumMap<>(Country.class),
            Year.now().getValue());
    Series joined = lineage.join(catalogue.observations(entry, lineage.codes()));
    return joined == null
        ? Series.empty(entry.measureCode(), lineage.shown())
        : within(joined, null, null);
  }

  /** The region's lineage by its country's code history, each history read once a call. */
  private RegionLineage lineage(
      RegionCode region, Map<Country, MunicipalityHistory> read, int year) {
    return RegionLineage.of(region, read.computeIfAbsent(region.country(), histories), year);
  }

  /** The country whose codes the series' office writes; Norway for an office not known. */
  private static Country officeOf(SeriesEntry entry) {
    Country country = Offices.country(entry.source());
    return country == null ? Country.NO : country;
  }

  private RegionLine line(
      long seriesId,
      SeriesEntry entry,
      RegionLineage lineage,
      List<RegionEntry> named,
      Period from,
      Period to) {
    Series joined = lineage.join(catalogue.observations(seriesId, lineage.codes()));
    Series figures =
        joined == null
            ? Series.empty(entry.measureCode(), lineage.shown())
            : within(joined, from, to);
    String name =
        named.stream()
            .filter(r -> lineage.codes().contains(r.region()))
            .map(RegionEntry::name)
            .filter(n -> n != null)
            .findFirst()
            .orElse(null);
    return new RegionLine(
        new RegionEntry(lineage.shown(), name),
        figures,
        lineage.codes().subList(1, lineage.codes().size()),
        lineage.note());
  }

  private GroupLine group(
      long seriesId,
      SeriesEntry entry,
      RegionGroup group,
      Country office,
      Map<Country, MunicipalityHistory> history,
      int year,
      Period from,
      Period to) {
    Map<RegionCode, Series> members = new LinkedHashMap<>();
    for (RegionCode member : group.members()) {
      RegionLineage lineage = lineage(member, history, year);
      Series s = lineage.join(catalogue.observations(seriesId, lineage.codes()));
      if (s != null) {
        members.put(member, within(s.withRegion(member), from, to));
      }
    }
    RegionCode own = RegionCodes.normalise(group.code(), office);
    Series published =
        Optional.ofNullable(catalogue.observations(seriesId, List.of(own)).get(own))
            .map(s -> within(s, from, to))
            .orElse(null);
    TreeSet<Period> periods = new TreeSet<>();
    members.values().forEach(s -> periods.addAll(s.periods()));
    if (published != null) {
      periods.addAll(published.periods());
    }
    List<GroupPoint> points = new ArrayList<>();
    for (Period p : periods) {
      GroupFigure figure = GroupFigure.compute(group, members, p, true);
      Optional<GroupFigure.Chosen> chosen = figure.preferring(published);
      points.add(
          new GroupPoint(
              p,
              chosen.map(GroupFigure.Chosen::value).orElse(null),
              chosen.map(GroupFigure.Chosen::basis).orElse(null),
              boxed(figure.mean()),
              boxed(figure.median()),
              figure.counted(),
              figure.missing(),
              figure.ranks()));
    }
    return new GroupLine(group, points);
  }

  private static Series within(Series series, Period from, Period to) {
    SortedMap<Period, Observation> kept = new TreeMap<>();
    series
        .observations()
        .forEach(
            (p, o) -> {
              if ((from == null || !before(p, from)) && (to == null || !before(to, p))) {
                kept.put(p, o);
              }
            });
    return Series.of(series.measure(), series.region(), kept);
  }

  /** Whether {@code a} ends before {@code b} starts; periods of different kinds compare by date. */
  private static boolean before(Period a, Period b) {
    return a.kind() == b.kind() ? a.compareTo(b) < 0 : a.endDate().isBefore(b.startDate());
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
