package org.barometer.report.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's small chart as SVG, the one picture both formats show: the figures as a line of
 * points with a survey figure's interval as a bar, and the target's path dashed. The PDF draws the
 * SVG as vectors; the Word file gets it as a PNG ({@link DocxReport}), since Word's SVG is not read
 * everywhere.
 */
public final class ReportChart {

  public static final int WIDTH = 420;
  public static final int HEIGHT = 140;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 22;
  private static final String FIGURE = "#1f5f99";
  private static final String TARGET = "#c0392b";

  private ReportChart() {}

  public static String svg(ChartSeries series, ReportWords words) {
    List<ChartSeries.Point> all = new ArrayList<>(series.figures());
    all.addAll(series.target());
    double minX = all.stream().mapToDouble(ChartSeries.Point::x).min().orElse(0);
    double maxX = all.stream().mapToDouble(ChartSeries.Point::x).max().orElse(1);
    double minY = all.stream().mapToDouble(p -> low(p)).min().orElse(0);
    double maxY = all.stream().mapToDouble(p -> high(p)).max().orElse(1);
    if (maxX - minX < 1) {
      minX -= 0.5;
      maxX += 0.5;
    }
    double pad = Math.max((maxY - minY) * 0.15, Math.abs(maxY) * 0.02 + 0.5);
    minY -= pad;
    maxY += pad;
    Scale s = new Scale(minX, maxX, minY, maxY);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"DejaVu Sans\" font-size=\"9\">",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\" stroke=\"#999999\""
                + " stroke-width=\"0.5\"/>",
            LEFT,
            TOP,
            WIDTH - LEFT - RIGHT,
            HEIGHT - TOP - BOTTOM));
    for (double y : new double[] {minY + pad, maxY - pad}) {
      svg.append(text(LEFT - 4, s.y(y) + 3, "end", words.number(y, Math.abs(y) < 10 ? 1 : 0)));
    }
    for (ChartSeries.Point p : series.figures()) {
      if (p.x() == Math.rint(p.x())) {
        svg.append(text(s.x(p.x()), HEIGHT - 8, "middle", p.label()));
      }
    }
    legend(svg, series, words);
    svg.append(line(series.target(), s, TARGET, " stroke-dasharray=\"4 3\""));
    for (ChartSeries.Point p : series.figures()) {
      if (!Double.isNaN(p.lower())) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                s.x(p.x()),
                s.y(p.lower()),
                s.x(p.x()),
                s.y(p.upper()),
                FIGURE));
      }
    }
    svg.append(line(series.figures(), s, FIGURE, ""));
    for (ChartSeries.Point p : series.figures()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
              s.x(p.x()),
              s.y(p.value()),
              FIGURE));
    }
    return svg.append("</svg>").toString();
  }

  /** "● Figure - - Target" in the top right corner, the target only when it is drawn. */
  private static void legend(StringBuilder svg, ChartSeries series, ReportWords words) {
    int x = WIDTH - RIGHT - 150;
    svg.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"/>",
            x,
            TOP + 9,
            FIGURE));
    svg.append(text(x + 6, TOP + 12, "start", words.text("report.chart.figures")));
    if (series.target().size() >= 2) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                  + " stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>",
              x + 62,
              TOP + 9,
              x + 80,
              TOP + 9,
              TARGET));
      svg.append(text(x + 84, TOP + 12, "start", words.text("report.chart.target")));
    }
  }

  private static double low(ChartSeries.Point p) {
    return Double.isNaN(p.lower()) ? p.value() : Math.min(p.lower(), p.value());
  }

  private static double high(ChartSeries.Point p) {
    return Double.isNaN(p.upper()) ? p.value() : Math.max(p.upper(), p.value());
  }

  private static String line(List<ChartSeries.Point> points, Scale s, String colour, String dash) {
    if (points.size() < 2) {
      return "";
    }
    StringBuilder d = new StringBuilder();
    for (ChartSeries.Point p : points) {
      d.append(String.format(Locale.ROOT, "%.1f,%.1f ", s.x(p.x()), s.y(p.value())));
    }
    return "<polyline fill=\"none\" stroke=\""
        + colour
        + "\" stroke-width=\"1.5\""
        + dash
        + " points=\""
        + d.toString().strip()
        + "\"/>";
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#333333\">%s</text>",
        x,
        y,
        anchor,
        Html.escape(text));
  }

  /** From the figures' units to the picture's points. */
  private record Scale(double minX, double maxX, double minY, double maxY) {
    double x(double v) {
      return LEFT + (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      return TOP + (maxY - v) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
