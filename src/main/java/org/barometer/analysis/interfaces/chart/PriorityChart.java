package org.barometer.analysis.interfaces.chart;

import java.awt.Font;
import java.util.List;
import org.barometer.platform.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The priority matrix: each service factor at its impact on the overall index (x, a correlation)
 * and its score (y, 0–100), with the lines that split the plane into the four quadrants named in
 * their corners. Factors low on score and high on impact, bottom right, are the ones to improve
 * first.
 */
public final class PriorityChart {

  /** One factor: its name, its impact (−1..1) and its score (0–100). */
  public record Factor(String name, double impact, double score) {}

  /** The quadrants' names, from top left clockwise: as the page's language says them. */
  public record Corners(String topLeft, String topRight, String bottomRight, String bottomLeft) {}

  private PriorityChart() {}

  public static byte[] png(
      List<Factor> factors,
      double impactSplit,
      double scoreSplit,
      String impactLabel,
      String scoreLabel,
      Corners corners,
      int width,
      int height) {
    XYSeries series = new XYSeries("factors", false);
    factors.forEach(f -> series.add(f.impact(), f.score()));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    NumberAxis impact = new NumberAxis(impactLabel);
    NumberAxis score = new NumberAxis(scoreLabel);
    double minImpact = Math.min(impactSplit, min(factors, true)) - 0.1;
    double maxImpact = Math.max(impactSplit, max(factors, true)) + 0.1;
    double minScore = Math.min(scoreSplit, min(factors, false)) - 10;
    double maxScore = Math.max(scoreSplit, max(factors, false)) + 10;
    impact.setRange(Math.max(-1, minImpact), Math.min(1, maxImpact));
    score.setRange(Math.max(0, minScore), Math.min(100, maxScore));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), impact, score, renderer);
    plot.addDomainMarker(marker(impactSplit));
    plot.addRangeMarker(marker(scoreSplit));
    Font labelFont = new Font("DejaVu Sans", Font.PLAIN, 13);
    for (Factor factor : factors) {
      XYTextAnnotation label =
          new XYTextAnnotation(" " + factor.name(), factor.impact(), factor.score());
      label.setFont(labelFont);
      label.setPaint(ChartStyle.INK);
      label.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
      plot.addAnnotation(label);
    }
    corner(
        plot,
        corners.topLeft(),
        impact.getLowerBound(),
        score.getUpperBound(),
        TextAnchor.TOP_LEFT);
    corner(
        plot,
        corners.topRight(),
        impact.getUpperBound(),
        score.getUpperBound(),
        TextAnchor.TOP_RIGHT);
    corner(
        plot,
        corners.bottomRight(),
        impact.getUpperBound(),
        score.getLowerBound(),
        TextAnchor.BOTTOM_RIGHT);
    corner(
        plot,
        corners.bottomLeft(),
        impact.getLowerBound(),
        score.getLowerBound(),
        TextAnchor.BOTTOM_LEFT);
    JFreeChart chart = ChartStyle.chart(plot);
    return ChartStyle.png(chart, width, height);
  }

  private static ValueMarker marker(double at) {
    ValueMarker marker = new ValueMarker(at);
    marker.setPaint(ChartStyle.MUTED);
    marker.setStroke(
        new java.awt.BasicStroke(
            1.5f,
            java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_MITER,
            1,
            new float[] {6, 4},
            0));
    return marker;
  }

  private static void corner(XYPlot plot, String text, double x, double y, TextAnchor anchor) {
    XYTextAnnotation label = new XYTextAnnotation(text, x, y);
    label.setFont(new Font("DejaVu Sans", Font.BOLD, 13));
    label.setPaint(ChartStyle.ACCENT);
    label.setTextAnchor(anchor);
    plot.addAnnotation(label);
  }

  private static double min(List<Factor> factors, boolean impact) {
    return factors.stream().mapToDouble(f -> impact ? f.impact() : f.score()).min().orElse(0);
  }

  private static double max(List<Factor> factors, boolean impact) {
    return factors.stream().mapToDouble(f -> impact ? f.impact() : f.score()).max().orElse(0);
  }
}
