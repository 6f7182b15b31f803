package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.GroupFigures;
import org.barometer.analysis.application.GroupTrend;
import org.barometer.analysis.application.GroupTrends;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemResult;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.OptionShare;
import org.barometer.analysis.application.PriorityResult;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendChange;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.FactorPlacement;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.analysis.interfaces.chart.DistributionChart;
import org.barometer.analysis.interfaces.chart.PriorityChart;
import org.barometer.analysis.interfaces.chart.TrendChart;
import org.barometer.analysis.interfaces.web.TrendWords;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Question;

/**
 * The charts of the results as PNG pictures. Each shows figures that the page (and the results API)
 * also give as a table, and only figures that are shown there: a suppressed group is never drawn.
 */
@ApplicationScoped
public class ResultCharts {

  private static final int MAX_SIDE = 2000;

  @Inject ResultsService results;

  public byte[] distribution(long id, String item, String lang, int width, int height) {
    Language language = Language.fromTag(lang);
    CycleResults cycle = results.results(id);
    ItemResult result = item(cycle, item);
    GroupFigures overall = result.overall();
    if (!overall.shown()) {
      throw new NotFoundException("The answers to '" + item + "' are too few to be shown");
    }
    Question question = result.kind() == ItemKind.INDEX ? null : results.question(id, item);
    List<DistributionChart.Bar> bars = new ArrayList<>();
    if (overall.summary() != null) {
      overall
          .summary()
          .shares()
          .forEach(
              (point, share) ->
                  bars.add(
                      new DistributionChart.Bar(
                          pointLabel(question, point, language), 100 * share)));
    } else {
      for (OptionShare option : overall.options()) {
        String label =
            question
                .option(option.option())
                .map(o -> o.text().in(language))
                .orElse(option.option());
        bars.add(new DistributionChart.Bar(label, 100 * option.share()));
      }
    }
    if (bars.isEmpty()) {
      throw new NotFoundException("'" + item + "' has no answer options to chart");
    }
    return DistributionChart.png(bars, side(width), side(height));
  }

  public byte[] trend(String survey, String item, String lang, int width, int height) {
    ItemTrend trend = results.trend(survey, item);
    return trendChart(
        trend.points(), trend.slope(), trend.kind() == ItemKind.INDEX, lang, width, height);
  }

  /** A trend already read, as a published cycle's public page draws it. */
  public byte[] trend(ItemTrend trend, String lang, int width, int height) {
    return trendChart(
        trend.points(), trend.slope(), trend.kind() == ItemKind.INDEX, lang, width, height);
  }

  /** One group's trend of a breakdown by {@code by}; a group hidden in every cycle is not found. */
  public byte[] groupTrend(
      String survey,
      String item,
      BackgroundKind by,
      String group,
      String lang,
      int width,
      int height) {
    GroupTrends trends = results.trend(survey, item, by);
    GroupTrend trend =
        trends.groups().stream()
            .filter(g -> g.group().equals(group))
            .filter(g -> g.points().stream().anyMatch(p -> p.estimate().isPresent()))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("No figures of the group '" + group + "' to chart"));
    return trendChart(
        trend.points(), trend.slope(), trends.kind() == ItemKind.INDEX, lang, width, height);
  }

  /**
   * The points as drawn: a significant change marked, a provisional cycle so named, and the trend
   * line's value at every closed cycle with a year (also where the figure itself is hidden: the
   * line is drawn from the shown cycles alone).
   */
  private byte[] trendChart(
      List<TrendPoint> trend,
      WeightedTrend slope,
      boolean index,
      String lang,
      int width,
      int height) {
    TrendWords words = new TrendWords(Language.fromTag(lang));
    List<TrendChart.Point> points = new ArrayList<>();
    for (TrendPoint p : trend) {
      TrendChart.Change change =
          p.change()
              .flatMap(TrendChange::verdict)
              .map(
                  v ->
                      switch (v) {
                        case SIGNIFICANTLY_BETTER -> TrendChart.Change.UP;
                        case SIGNIFICANTLY_WORSE -> TrendChart.Change.DOWN;
                        case NO_SIGNIFICANT_CHANGE -> TrendChart.Change.NONE;
                      })
              .orElse(TrendChart.Change.NONE);
      OptionalDouble fitted =
          !p.provisional() && p.year().isPresent()
              ? slope.fitted(p.year().getAsDouble())
              : OptionalDouble.empty();
      points.add(
          new TrendChart.Point(
              words.cycle(p),
              p.estimate().isPresent() ? p.estimate().getAsDouble() : null,
              p.interval().map(ci -> (ci.upper() - ci.lower()) / 2).orElse(null),
              p.provisional(),
              change,
              fitted.isPresent() ? fitted.getAsDouble() : null));
    }
    return TrendChart.png(
        words.valueLabel(index),
        words.legend(slope, index),
        index,
        points,
        side(width),
        side(height));
  }

  public byte[] priority(long id, String driven, String lang, int width, int height) {
    Language language = Language.fromTag(lang);
    PriorityResult matrix =
        results.results(id).priorities().stream()
            .filter(p -> p.driven().equals(driven))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No priority matrix for '" + driven + "'"));
    if (matrix.matrix().scoreSplit().isEmpty()) {
      throw new NotFoundException("No factor of '" + driven + "' can be placed yet");
    }
    List<PriorityChart.Factor> factors = new ArrayList<>();
    for (FactorPlacement f : matrix.matrix().factors()) {
      if (f.impact().isPresent()) {
        factors.add(
            new PriorityChart.Factor(
                matrix.factors().get(f.code()).in(language), f.impact().getAsDouble(), f.score()));
      }
    }
    ResourceBundle text = bundle(language);
    return PriorityChart.png(
        factors,
        matrix.matrix().impactSplit().getAsDouble(),
        matrix.matrix().scoreSplit().getAsDouble(),
        text.getString("results.impact"),
        text.getString("results.score"),
        new PriorityChart.Corners(
            text.getString("quadrant.LOWER_PRIORITY"),
            text.getString("quadrant.KEEP"),
            text.getString("quadrant.PRIORITISE"),
            text.getString("quadrant.IMPROVE_IF_POSSIBLE")),
        side(width),
        side(height));
  }

  private static ItemResult item(CycleResults cycle, String code) {
    return cycle
        .item(code)
        .orElseThrow(
            () -> new NotFoundException("The cycle has no question or index '" + code + "'"));
  }

  private static String pointLabel(Question question, int point, Language language) {
    if (question == null || question.scale() == null) {
      return String.valueOf(point);
    }
    if (point == 1) {
      return "1 " + question.scale().lowLabel().in(language);
    }
    if (point == question.scale().points()) {
      return point + " " + question.scale().highLabel().in(language);
    }
    return String.valueOf(point);
  }

  private static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle("org.barometer.messages", language.locale());
  }

  private static int side(int pixels) {
    return Math.max(100, Math.min(MAX_SIDE, pixels));
  }
}
