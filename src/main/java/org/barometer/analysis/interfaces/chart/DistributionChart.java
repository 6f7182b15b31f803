package org.barometer.analysis.interfaces.chart;

import java.util.List;
import org.barometer.platform.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How the answers to one question spread over its options, as horizontal bars of percentages with
 * the figure at the end of each bar: horizontal so that long option labels stay readable on a
 * phone.
 */
public final class DistributionChart {

  /** One answer option and the share of respondents who gave it, in percent. */
  public record Bar(String option, double percent) {}

  private DistributionChart() {}

  public static byte[] png(List<Bar> bars, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      data.addValue(bar.percent(), "share", bar.option());
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2} %", new java.text.DecimalFormat("0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    NumberAxis percent = new NumberAxis("%");
    percent.setRange(0, 100);
    CategoryAxis options = new CategoryAxis();
    options.setMaximumCategoryLabelWidthRatio(0.45f);
    CategoryPlot plot = new CategoryPlot(data, options, percent, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart chart = ChartStyle.chart(plot);
    return ChartStyle.png(chart, width, height);
  }
}
