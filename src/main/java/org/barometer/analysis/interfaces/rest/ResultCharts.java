package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.GroupFigures;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemResult;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.OptionShare;
import org.barometer.analysis.application.PriorityResult;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.domain.FactorPlacement;
import org.barometer.analysis.interfaces.chart.DistributionChart;
import org.barometer.analysis.interfaces.chart.PriorityChart;
import org.barometer.analysis.interfaces.chart.TrendChart;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
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
    List<TrendChart.Point> points =
        trend.points().stream()
            .map(
                p ->
                    new TrendChart.Point(
                        p.cycle(),
                        p.estimate().isPresent() ? p.estimate().getAsDouble() : null,
                        p.interval().map(ci -> (ci.upper() - ci.lower()) / 2).orElse(null)))
            .toList();
    String axis = bundle(Language.fromTag(lang)).getString("results.index");
    return TrendChart.png(axis, points, side(width), side(height));
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
