package org.barometer.analysis.interfaces.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.barometer.platform.chart.ChartStyle;
import org.junit.jupiter.api.Test;

/**
 * Each chart renders headless to a PNG of the asked size that shows its data in the primary colour.
 * The pictures land in {@code target/charts/} to be looked at.
 */
class ChartsTest {

  private static BufferedImage decode(byte[] png, String name) throws IOException {
    Path dir = Path.of("target", "charts");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), png);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static long pixels(BufferedImage image, Color colour) {
    long count = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void trendWithIntervals() throws IOException {
    byte[] png =
        TrendChart.png(
            "Index",
            List.of(
                new TrendChart.Point("2019", 61.0, 3.2),
                new TrendChart.Point("2022", 64.5, 2.9),
                new TrendChart.Point("2025", null, null),
                new TrendChart.Point("2026", 70.1, 4.0)),
            640,
            320);
    BufferedImage image = decode(png, "trend.png");
    assertEquals(640, image.getWidth());
    assertEquals(320, image.getHeight());
    assertTrue(pixels(image, ChartStyle.PRIMARY) > 200, "the line and its bars are drawn");
  }

  @Test
  void trendWithChangesAProvisionalCycleAndTheTrendLine() throws IOException {
    byte[] png =
        TrendChart.png(
            "Index",
            "Trend: +1.5 per year (95 % CI 0.4 to 2.6), p = 0.008",
            true,
            List.of(
                new TrendChart.Point("2019", 61.0, 3.2, false, TrendChart.Change.NONE, 60.6),
                new TrendChart.Point("2022", 64.5, 2.9, false, TrendChart.Change.NONE, 65.1),
                new TrendChart.Point("2023", null, null, false, TrendChart.Change.NONE, 66.6),
                new TrendChart.Point("2024", 69.9, 2.5, false, TrendChart.Change.UP, 68.1),
                new TrendChart.Point(
                    "2025 (provisional)", 63.0, 4.0, true, TrendChart.Change.DOWN, null)),
            640,
            320);
    BufferedImage image = decode(png, "trend-changes.png");
    assertEquals(640, image.getWidth());
    assertTrue(pixels(image, ChartStyle.PRIMARY) > 200, "the line and its bars are drawn");
    assertTrue(pixels(image, ChartStyle.MUTED) > 50, "the trend line is drawn");
    assertTrue(pixels(image, ChartStyle.GREEN) > 10, "a rise is marked");
    assertTrue(pixels(image, ChartStyle.ACCENT) > 10, "a fall is marked");
  }

  @Test
  void distributionOfAnswers() throws IOException {
    byte[] png =
        DistributionChart.png(
            List.of(
                new DistributionChart.Bar("1 Very dissatisfied", 8),
                new DistributionChart.Bar("2", 12),
                new DistributionChart.Bar("3", 20),
                new DistributionChart.Bar("4", 30),
                new DistributionChart.Bar("5", 22),
                new DistributionChart.Bar("6 Very satisfied", 8),
                new DistributionChart.Bar("Don't know", 0)),
            360,
            300);
    BufferedImage image = decode(png, "distribution.png");
    assertEquals(360, image.getWidth());
    assertTrue(pixels(image, ChartStyle.PRIMARY) > 1000, "the bars are drawn");
  }

  @Test
  void priorityMatrix() throws IOException {
    byte[] png =
        PriorityChart.png(
            List.of(
                new PriorityChart.Factor("Information", 0.62, 68),
                new PriorityChart.Factor("Accessibility", 0.55, 74),
                new PriorityChart.Factor("Treatment", 0.48, 81),
                new PriorityChart.Factor("Competence", 0.66, 77),
                new PriorityChart.Factor("Legal certainty", 0.71, 70),
                new PriorityChart.Factor("Efficiency", 0.74, 62)),
            0.627,
            72,
            "Impact",
            "Score",
            new PriorityChart.Corners(
                "Lower priority", "Keep", "Prioritise", "Improve if possible"),
            640,
            480);
    BufferedImage image = decode(png, "priority.png");
    assertEquals(480, image.getHeight());
    assertTrue(pixels(image, ChartStyle.PRIMARY) > 30, "the factors are drawn");
  }
}
