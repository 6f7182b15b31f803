package org.barometer.analysis.interfaces.chart;

import java.util.List;
import org.barometer.platform.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * An index over the cycles of a survey: the estimate of each cycle as a point on a line, with its
 * 95 % confidence interval as an error bar, so a reader sees at once whether a rise is larger than
 * the uncertainty around it. A cycle without an estimate (suppressed, or no answers) is a gap.
 */
public final class TrendChart {

  /** One cycle: its label, the estimate and the interval's half-width (null where none). */
  public record Point(String cycle, Double estimate, Double halfWidth) {}

  private TrendChart() {}

  public static byte[] png(String valueLabel, List<Point> points, int width, int height) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Point point : points) {
      data.add(point.estimate(), point.halfWidth(), valueLabel, point.cycle());
    }
    StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
    renderer.setErrorIndicatorPaint(ChartStyle.PRIMARY);
    renderer.setErrorIndicatorStroke(ChartStyle.LINE);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setRange(0, 100);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, renderer);
    JFreeChart chart = ChartStyle.chart(plot);
    return ChartStyle.png(chart, width, height);
  }
}
