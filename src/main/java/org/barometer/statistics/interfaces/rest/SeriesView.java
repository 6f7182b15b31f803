package org.barometer.statistics.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.SeriesReading;
import org.barometer.statistics.domain.Observation;

/**
 * A series read for regions and groups, as the API sends it: codes and period codes as text,
 * missing figures as null with the office's symbol.
 */
public record SeriesView(
    SeriesEntry series, List<RegionFigures> regions, List<GroupFigures> groups) {

  /** One region's figures under its code of today. */
  public record RegionFigures(
      String code, String name, List<String> formerCodes, String note, List<Point> points) {}

  /** One period of a region: the value, or null with the symbol saying why. */
  public record Point(String period, Double value, String status) {}

  /** One group's figures. */
  public record GroupFigures(
      String code, String name, String kind, List<String> members, List<GroupPoint> points) {}

  /**
   * One period of a group.
   *
   * @param basis PUBLISHED (the office's own figure for the group) or MEAN_OF_MEMBERS
   */
  public record GroupPoint(
      String period,
      Double value,
      String basis,
      Double mean,
      Double median,
      int counted,
      List<String> missing,
      Map<String, Integer> ranks) {}

  static SeriesView of(SeriesReading reading) {
    return new SeriesView(
        reading.series(),
        reading.regions().stream()
            .map(
                r ->
                    new RegionFigures(
                        r.region().region().code(),
                        r.region().name(),
                        codes(r.formerCodes()),
                        r.note(),
                        r.figures().observations().entrySet().stream()
                            .map(e -> point(e.getKey(), e.getValue()))
                            .toList()))
            .toList(),
        reading.groups().stream()
            .map(
                g ->
                    new GroupFigures(
                        g.group().code(),
                        g.group().name(),
                        g.group().kind().name(),
                        codes(g.group().members()),
                        g.points().stream().map(SeriesView::point).toList()))
            .toList());
  }

  private static Point point(Period period, Observation o) {
    return new Point(
        period.code(), o.hasValue() ? o.value().getAsDouble() : null, o.status().orElse(null));
  }

  private static GroupPoint point(SeriesReading.GroupPoint p) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    p.ranks().forEach((code, rank) -> ranks.put(code.code(), rank));
    return new GroupPoint(
        p.period().code(),
        p.value(),
        p.basis() == null ? null : p.basis().name(),
        p.mean(),
        p.median(),
        p.counted(),
        codes(p.missing()),
        ranks);
  }

  private static List<String> codes(List<RegionCode> regions) {
    return regions.stream().map(RegionCode::code).toList();
  }
}
