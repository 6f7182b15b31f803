package org.barometer.analysis.interfaces.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import org.barometer.platform.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * An index over the cycles of a survey: the estimate of each cycle as a point on a line, with its
 * 95 % confidence interval as an error bar, so a reader sees at once whether a rise is larger than
 * the uncertainty around it. A cycle without an estimate (suppressed, or no answers) is a gap.
 *
 * <p>A significant change from the previous cycle is marked ▲ (better) or ▼ (worse) beside the
 * point. A provisional (open) cycle is a hollow point reached by a dashed line. The weighted trend
 * of the closed cycles, where there is one, is a dashed grey line through its fitted values, named
 * in the legend with its slope.
 */
public final class TrendChart {

  /** Whether a cycle changed significantly from the previous one. */
  public enum Change {
    NONE,
    UP,
    DOWN
  }

  /**
   * One cycle.
   *
   * @param cycle its label on the axis (already saying "provisional" where it is)
   * @param estimate the estimate, null where none
   * @param halfWidth the interval's half-width, null where none
   * @param fitted the trend line's value at this cycle, null where the cycle is not on it
   */
  public record Point(
      String cycle,
      Double estimate,
      Double halfWidth,
      boolean provisional,
      Change change,
      Double fitted) {

    public Point(String cycle, Double estimate, Double halfWidth) {
      this(cycle, estimate, halfWidth, false, Change.NONE, null);
    }
  }

  private static final Stroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f);

  private TrendChart() {}

  /** An index (0–100) without a trend line. */
  public static byte[] png(String valueLabel, List<Point> points, int width, int height) {
    return png(valueLabel, null, true, points, width, height);
  }

  /**
   * @param trendLabel the legend's words for the trend line (slope, interval, p); null for no line
   *     and no legend
   * @param index whether the values are an index, on a fixed 0–100 axis; else the axis fits the
   *     values (a question's mean on its answer scale)
   */
  public static byte[] png(
      String valueLabel,
      String trendLabel,
      boolean index,
      List<Point> points,
      int width,
      int height) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    boolean line = trendLabel != null && points.stream().anyMatch(p -> p.fitted() != null);
    for (Point point : points) {
      data.add(point.estimate(), point.halfWidth(), valueLabel, point.cycle());
    }
    if (line) {
      for (Point point : points) {
        data.add(point.fitted(), null, trendLabel, point.cycle());
      }
    }
    StatisticalLineAndShapeRenderer renderer =
        new StatisticalLineAndShapeRenderer(true, true) {
          @Override
          public boolean getItemShapeFilled(int row, int column) {
            return row != 0 || !points.get(column).provisional();
          }

          @Override
          public Stroke getItemStroke(int row, int column) {
            return row == 0 && !points.get(column).provisional() ? ChartStyle.LINE : DASHED;
          }

          @Override
          public Paint getItemLabelPaint(int row, int column) {
            return points.get(column).change() == Change.DOWN
                ? ChartStyle.ACCENT
                : ChartStyle.GREEN;
          }
        };
    renderer.setErrorIndicatorPaint(ChartStyle.PRIMARY);
    renderer.setErrorIndicatorStroke(ChartStyle.LINE);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            if (row != 0) {
              return null;
            }
            return switch (points.get(column).change()) {
              case UP -> "▲";
              case DOWN -> "▼";
              case NONE -> null;
            };
          }
        });
    renderer.setSeriesItemLabelsVisible(0, true);
    renderer.setSeriesItemLabelsVisible(1, false);
    renderer.setDefaultItemLabelFont(new Font("DejaVu Sans", Font.BOLD, 16));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(6);
    NumberAxis values = new NumberAxis(valueLabel);
    if (index) {
      values.setRange(0, 100);
    } else {
      values.setAutoRangeIncludesZero(false);
    }
    CategoryAxis cycles = new CategoryAxis();
    cycles.setMaximumCategoryLabelLines(2);
    CategoryPlot plot = new CategoryPlot(data, cycles, values, renderer);
    JFreeChart chart = ChartStyle.chart(plot);
    // after the theme, which sets series colours and label fonts of its own
    renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
    renderer.setSeriesPaint(1, ChartStyle.MUTED);
    cycles.setMaximumCategoryLabelWidthRatio(1.3f);
    renderer.setDefaultItemLabelFont(new Font("DejaVu Sans", Font.BOLD, 16));
    if (line) {
      LegendTitle legend = new LegendTitle(plot);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(new Font("DejaVu Sans", Font.PLAIN, 12));
      legend.setItemPaint(ChartStyle.INK);
      chart.addSubtitle(legend);
    }
    return ChartStyle.png(chart, width, height);
  }
}
