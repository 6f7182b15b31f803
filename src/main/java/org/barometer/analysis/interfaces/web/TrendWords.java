package org.barometer.analysis.interfaces.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.platform.i18n.Language;

/**
 * A trend in the reader's words: the slope of the closed cycles as a sentence (for the page) and as
 * a legend (for the chart), and a cycle's label with "provisional" where it is not closed. Shared
 * by the trend page and its chart so both say the same.
 */
public final class TrendWords {

  private final ResourceBundle text;
  private final Numbers numbers;

  public TrendWords(Language language) {
    this.text = ResourceBundle.getBundle("org.barometer.messages", language.locale());
    this.numbers = new Numbers(language.locale());
  }

  /** Decimals of a slope per year: one more than the estimate's (index 1, scale 2). */
  private static int slopeDecimals(boolean index) {
    return Numbers.decimalsFor(index) + 1;
  }

  String signed(double value, int decimals) {
    String formatted = numbers.decimal(value, decimals);
    return value > 0 && !formatted.equals(numbers.decimal(0, decimals))
        ? "+" + formatted
        : formatted;
  }

  /**
   * "Trend over the closed cycles 2022–2025: +0.33 per year (95 % CI 0.12 to 0.54, p = 0.002), a
   * significant rise." or why there is none.
   */
  public String sentence(WeightedTrend slope, List<TrendPoint> points, boolean index) {
    if (!slope.tested()) {
      return text.getString(noSlopeKey(slope));
    }
    int decimals = slopeDecimals(index);
    ConfidenceInterval ci = slope.interval().orElseThrow();
    double[] years =
        points.stream()
            .filter(p -> !p.provisional() && p.estimate().isPresent() && p.year().isPresent())
            .mapToDouble(p -> p.year().getAsDouble())
            .toArray();
    return MessageFormat.format(
        text.getString("trend.words"),
        year(java.util.Arrays.stream(years).min().orElseThrow()),
        year(java.util.Arrays.stream(years).max().orElseThrow()),
        signed(slope.slope().getAsDouble(), decimals),
        numbers.decimal(ci.lower(), decimals),
        numbers.decimal(ci.upper(), decimals),
        pEquals(slope.pValue().getAsDouble()),
        text.getString("trend.direction." + slope.verdict().orElseThrow().name()));
  }

  /**
   * Why there is no slope: fewer than two closed cycles with figures, all of them in one year, or
   * one without sampling error (see {@link WeightedTrend}).
   */
  private static String noSlopeKey(WeightedTrend slope) {
    if (slope.cycles() < 2) {
      return "trend.noSlope";
    }
    String reason = slope.noTrendReason().orElse("");
    return reason.contains("same year") ? "trend.noSlope.sameYear" : "trend.noSlope.noError";
  }

  /** The chart's legend for the trend line; null without a slope. */
  public String legend(WeightedTrend slope, boolean index) {
    if (!slope.tested()) {
      return null;
    }
    return MessageFormat.format(
        text.getString("trend.legend"),
        signed(slope.slope().getAsDouble(), slopeDecimals(index)),
        pEquals(slope.pValue().getAsDouble()));
  }

  /** "2025 (provisional)" for a cycle not closed, else its label. */
  public String cycle(TrendPoint point) {
    return point.provisional()
        ? point.cycle() + " (" + text.getString("trend.provisional") + ")"
        : point.cycle();
  }

  /** The axis label of an index or a question's mean. */
  public String valueLabel(boolean index) {
    return text.getString(index ? "results.index" : "results.mean");
  }

  /** "= 0.012", or "< 0.001". */
  String pEquals(double p) {
    String formatted = numbers.pValue(p);
    return formatted.startsWith("<") ? formatted : "= " + formatted;
  }

  private static String year(double year) {
    return String.valueOf((long) year);
  }
}
