package org.barometer.platform.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;

/**
 * One look for every chart: the app's colours, a plain white background, readable type at phone
 * width, and PNG output. Charts are pictures of figures the page also shows as a table, so they
 * carry no legend or title of their own where the page says it beside them. Shared by every
 * feature's charts, so results, statistics and goals look like one application.
 */
public final class ChartStyle {

  public static final Color INK = new Color(0x1f, 0x2a, 0x37);
  public static final Color PRIMARY = new Color(0x1d, 0x4e, 0x89);
  public static final Color ACCENT = new Color(0xc2, 0x41, 0x0c);
  public static final Color GRID = new Color(0xd9, 0xde, 0xe5);
  public static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  public static final Color GREEN = new Color(0x15, 0x80, 0x3d);
  public static final Color PURPLE = new Color(0x6d, 0x28, 0xd9);
  public static final Color TEAL = new Color(0x0f, 0x76, 0x6e);

  /** Line and bar colours in order, told apart by people with red-green colour blindness too. */
  public static final Paint[] SERIES = {PRIMARY, ACCENT, TEAL, PURPLE, MUTED, GREEN};

  public static final BasicStroke LINE = new BasicStroke(2.5f);

  private static final String FONT = "DejaVu Sans";

  private ChartStyle() {}

  public static StandardChartTheme theme() {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 15));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 14));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 12));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setItemLabelPaint(INK);
    theme.setDrawingSupplier(
        new DefaultDrawingSupplier(
            SERIES,
            DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
            new Stroke[] {LINE},
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }

  public static JFreeChart chart(Plot plot) {
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    theme().apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(8, 4, 8, 12));
    plot.setOutlineVisible(false);
    return chart;
  }

  public static byte[] png(JFreeChart chart, int width, int height) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
