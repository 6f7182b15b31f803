package org.barometer.report.application;

import java.util.List;

/**
 * A small chart of an indicator: its figures by period (with a survey figure's interval) and the
 * target's path, as both renderers draw it ({@link ReportChart}).
 */
public record ChartSeries(List<Point> figures, List<Point> target) {

  public ChartSeries {
    figures = List.copyOf(figures);
    target = List.copyOf(target);
  }

  /**
   * One point; {@code lower} and {@code upper} are NaN without an interval.
   *
   * @param x the period's position in time (years, with the part of a year a half year adds)
   */
  public record Point(double x, String label, double value, double lower, double upper) {}

  public boolean isEmpty() {
    return figures.isEmpty();
  }
}
