package org.barometer.goals.interfaces.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import org.barometer.goals.application.IndicatorPicture;
import org.barometer.goals.domain.Measurement;
import org.barometer.platform.chart.ChartStyle;
import org.barometer.statistics.interfaces.chart.SeriesChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * An indicator over the years: its figures as a line (a survey's with its 95 % interval as a band),
 * the target as a dashed line (flat for a threshold, compounding for a growth target), the baseline
 * as a marked point, and the comparison the target names. Small, it is the scorecard's trend line:
 * no axes, no legend.
 */
public final class IndicatorChart {

  private static final BasicStroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f);
  private static final Color BAND = new Color(0x1d, 0x4e, 0x89, 0x33);

  /** The legend's words in the page's language. */
  public record Labels(String figures, String target, String baseline) {}

  private IndicatorChart() {}

  /**
   * @param compact the scorecard's small trend line: figures and target only, no axes or legend
   */
  public static byte[] png(
      IndicatorPicture picture,
      String unit,
      Labels labels,
      boolean compact,
      int width,
      int height) {
    NumberAxis time = new NumberAxis();
    time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    time.setNumberFormatOverride(new DecimalFormat("0"));
    time.setAutoRangeIncludesZero(false);
    NumberAxis value = new NumberAxis(compact ? null : unit);
    value.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(time);
    plot.setRangeAxis(value);
    JFreeChart chart = ChartStyle.chart(plot); // the theme first: it would repaint the series

    YIntervalSeries own = new YIntervalSeries(labels.figures());
    for (Measurement m : picture.figures()) {
      double x = SeriesChart.decimalYear(m.period());
      own.add(
          x,
          m.value(),
          m.interval().map(ci -> ci.lower()).orElse(m.value()),
          m.interval().map(ci -> ci.upper()).orElse(m.value()));
    }
    DeviationRenderer ownRenderer = new DeviationRenderer(true, true);
    ownRenderer.setSeriesPaint(0, ChartStyle.PRIMARY);
    ownRenderer.setSeriesFillPaint(0, BAND);
    ownRenderer.setSeriesStroke(0, ChartStyle.LINE);
    plot.setDataset(0, new YIntervalSeriesCollection());
    ((YIntervalSeriesCollection) plot.getDataset(0)).addSeries(own);
    plot.setRenderer(0, ownRenderer);

    XYSeriesCollection lines = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    int i = 0;
    if (!picture.targetPath().isEmpty()) {
      lines.addSeries(series(labels.target(), picture.targetPath()));
      lineRenderer.setSeriesPaint(i, ChartStyle.GREEN);
      lineRenderer.setSeriesStroke(i++, DASHED);
    }
    if (!compact) {
      int colour = 1;
      for (Map.Entry<String, List<Measurement>> c : picture.comparisons().entrySet()) {
        lines.addSeries(series(c.getKey(), c.getValue()));
        lineRenderer.setSeriesPaint(i, ChartStyle.SERIES[colour++ % ChartStyle.SERIES.length]);
        lineRenderer.setSeriesShapesVisible(i, true);
        lineRenderer.setSeriesStroke(i++, ChartStyle.LINE);
      }
      if (picture.baseline().isPresent()) {
        lines.addSeries(series(labels.baseline(), List.of(picture.baseline().get())));
        lineRenderer.setSeriesPaint(i, ChartStyle.INK);
        lineRenderer.setSeriesShapesVisible(i, true);
        lineRenderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
        i++;
      }
    }
    plot.setDataset(1, lines);
    plot.setRenderer(1, lineRenderer);

    if (compact) {
      time.setVisible(false);
      value.setVisible(false);
      plot.setDomainGridlinesVisible(false);
      plot.setRangeGridlinesVisible(false);
      plot.setInsets(new RectangleInsets(2, 2, 2, 2));
    } else {
      LegendTitle legend = new LegendTitle(plot);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(ChartStyle.theme().getRegularFont());
      chart.addLegend(legend);
    }
    return ChartStyle.png(chart, width, height);
  }

  private static XYSeries series(String name, List<Measurement> points) {
    XYSeries series = new XYSeries(name, true, false);
    points.forEach(m -> series.add(SeriesChart.decimalYear(m.period()), m.value()));
    return series;
  }
}
