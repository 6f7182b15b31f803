package org.barometer.statistics.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.domain.GroupFigure;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.Series;

/**
 * One series read for some regions and groups over a span of periods: what the series browser draws
 * and the API returns.
 *
 * @param series the series
 * @param regions the regions asked for, each under its code of today, in the order asked
 * @param groups the groups asked for, in the order asked
 */
public record SeriesReading(SeriesEntry series, List<RegionLine> regions, List<GroupLine> groups) {

  /**
   * A line as a chart or a table shows it: regions first, then groups.
   *
   * @param label the region or group as people name it
   * @param values by period in time order; null where there is no figure
   */
  public record Line(String label, Map<Period, Double> values) {}

  /** Every region and group as a line of figures, in the order asked. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (RegionLine r : regions) {
      Map<Period, Double> values = new LinkedHashMap<>();
      r.figures()
          .observations()
          .forEach((p, o) -> values.put(p, o.hasValue() ? o.value().getAsDouble() : null));
      lines.add(new Line(r.region().label(), values));
    }
    for (GroupLine g : groups) {
      Map<Period, Double> values = new LinkedHashMap<>();
      g.points().forEach(p -> values.put(p.period(), p.value()));
      lines.add(new Line(g.group().name(), values));
    }
    return lines;
  }

  /**
   * A region's figures.
   *
   * @param region the region under its code of today, with its name
   * @param figures the continuous series across its codes; empty when the table does not cover it
   * @param formerCodes the earlier codes whose figures were joined in, newest first
   * @param note why figures were left out (a merger), or null
   */
  public record RegionLine(
      RegionEntry region, Series figures, List<RegionCode> formerCodes, String note) {}

  /**
   * A group's figures, one point per period any member or the group itself has a cell for.
   *
   * @param group the group
   * @param points in time order
   */
  public record GroupLine(RegionGroup group, List<GroupPoint> points) {}

  /**
   * A group's figure for one period.
   *
   * @param period the period
   * @param value the figure shown: the office's own for the group, else the mean of the members;
   *     null when neither exists
   * @param basis where {@code value} came from; null when there is none
   * @param mean the unweighted mean of the members with a value, or null
   * @param median their median, or null
   * @param counted how many members had a value
   * @param missing the members without one
   * @param ranks each member with a value and its rank, 1 the highest
   */
  public record GroupPoint(
      Period period,
      Double value,
      GroupFigure.Basis basis,
      Double mean,
      Double median,
      int counted,
      List<RegionCode> missing,
      Map<RegionCode, Integer> ranks) {}
}
