package org.barometer.statistics.interfaces.chart;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.List;
import org.barometer.platform.chart.ChartStyle;
import org.barometer.shared.Period;
import org.barometer.statistics.application.SeriesReading.Line;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Official figures over time, one line per region or group. The x axis is time in years, so yearly,
 * quarterly and monthly figures and gaps in a table (SSB 12367 has no 2018) sit where they belong;
 * a missing figure breaks the line instead of being drawn as zero.
 */
public final class SeriesChart {

  private SeriesChart() {}

  /**
   * @param unit the value axis' label (the measure's unit), or null
   */
  public static byte[] png(String unit, List<Line> lines, int width, int height) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Line line : lines) {
      XYSeries series = new XYSeries(line.label(), true, false);
      line.values().forEach((p, v) -> series.add(decimalYear(p), v));
      data.addSeries(series);
    }
    NumberAxis time = new NumberAxis();
    time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    time.setNumberFormatOverride(new DecimalFormat("0"));
    time.setAutoRangeIncludesZero(false);
    NumberAxis value = new NumberAxis(unit);
    value.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < lines.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
      renderer.setSeriesStroke(i, ChartStyle.LINE);
    }
    XYPlot plot = new XYPlot(data, time, value, renderer);
    JFreeChart chart = ChartStyle.chart(plot);
    if (lines.size() > 1) {
      LegendTitle legend = new LegendTitle(plot);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(ChartStyle.theme().getRegularFont());
      chart.addLegend(legend);
    }
    return ChartStyle.png(chart, width, height);
  }

  /** The period's start as a year with a fraction: 2021Q3 is 2021.5. */
  public static double decimalYear(Period period) {
    LocalDate start = period.startDate();
    return start.getYear() + (start.getDayOfYear() - 1) / (double) start.lengthOfYear();
  }
}
