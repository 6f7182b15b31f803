package org.barometer.report.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.GroupFigures;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemResult;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.PriorityResult;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.FactorPlacement;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Plan;
import org.barometer.report.application.ReportModel.IndexLine;
import org.barometer.report.application.ReportModel.PriorityLine;
import org.barometer.report.application.ReportModel.SurveyPart;
import org.barometer.report.application.ReportModel.TrendLine;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The surveys the plan's indicators follow, each by its latest cycle closed by the day: the indices
 * as the results pages show them (the analysis feature's figures, with its suppression of small
 * groups, never counted again here), their trend over the closed cycles with the tests of each
 * change, the response rate and the template's priority matrices.
 */
final class SurveyParts {

  private final SurveyService surveys;
  private final ResultsService results;
  private final ReportWords words;

  SurveyParts(SurveyService surveys, ResultsService results, ReportWords words) {
    this.surveys = surveys;
    this.results = results;
    this.words = words;
  }

  List<SurveyPart> of(Plan plan, LocalDate day) {
    Set<String> codes = new LinkedHashSet<>();
    plan.allIndicators().stream()
        .map(i -> i.source())
        .filter(s -> s instanceof IndicatorSource.SurveyItem)
        .forEach(s -> codes.add(((IndicatorSource.SurveyItem) s).survey()));
    List<SurveyPart> parts = new ArrayList<>();
    for (String code : codes) {
      List<SurveyCycle> closed;
      try {
        closed = closedBy(code, day);
      } catch (RuntimeException e) {
        continue; // the scorecard reports a survey the plan names and Barometer has not
      }
      if (!closed.isEmpty()) {
        parts.add(part(code, closed));
      }
    }
    return parts;
  }

  private List<SurveyCycle> closedBy(String code, LocalDate day) {
    return surveys.cycles(code).stream()
        .filter(c -> c.status() == CycleStatus.CLOSED)
        .filter(c -> closed(c).map(d -> !d.isAfter(day)).orElse(false))
        .sorted(Comparator.comparing(c -> closed(c).orElseThrow()))
        .toList();
  }

  /** The day a cycle's figures were out, as the scorecard takes it: planned or actual close. */
  private static Optional<LocalDate> closed(SurveyCycle c) {
    Optional<LocalDate> planned = Optional.ofNullable(c.closesOn());
    Optional<LocalDate> actual =
        Optional.ofNullable(c.closedAt())
            .map(at -> LocalDate.ofInstant(at, ZoneId.systemDefault()));
    if (planned.isPresent() && actual.isPresent()) {
      return Optional.of(planned.get().isBefore(actual.get()) ? planned.get() : actual.get());
    }
    return planned.or(() -> actual);
  }

  private SurveyPart part(String code, List<SurveyCycle> closed) {
    SurveyCycle latest = closed.get(closed.size() - 1);
    CycleResults r = results.results(latest.id());
    Survey survey = surveys.survey(code);
    List<ItemResult> indices =
        r.items().stream().filter(i -> i.kind() == ItemKind.INDEX && !i.background()).toList();
    String responses =
        r.responseRate().isPresent()
            ? words.text(
                "report.survey.responses",
                r.responses(),
                r.invitations(),
                words.percent(r.responseRate().getAsDouble()))
            : words.text("report.survey.responsesOnly", r.responses());
    return new SurveyPart(
        r.surveyName(),
        r.cycle(),
        responses,
        indices.stream().map(this::index).toList(),
        indices.stream().map(i -> trend(survey, closed, i)).toList(),
        r.priorities().stream().flatMap(p -> priorities(p).stream()).toList());
  }

  /**
   * An index as the results page and the trend show it: the stratified estimate where the cycle has
   * one (weighted to the register's strata), else the mean of the answers.
   */
  private IndexLine index(ItemResult item) {
    String name = item.text().in(words.language());
    GroupFigures all = item.overall();
    if (!all.shown() || all.summary() == null || all.summary().mean().isEmpty()) {
      return new IndexLine(name, words.text("report.suppressed"), "");
    }
    String figure =
        item.stratified()
            .filter(e -> e.mean().isPresent())
            .map(e -> words.estimate(e.mean().getAsDouble(), e.confidenceInterval()))
            .orElse(
                words.estimate(
                    all.summary().mean().getAsDouble(), all.summary().confidenceInterval()));
    return new IndexLine(name, figure, String.valueOf(all.n()));
  }

  /**
   * The index over the cycles closed by the day, and only those: the Holm adjustment of its changes
   * is over that family, so a cycle opened since cannot change a report issued again for the day.
   */
  private TrendLine trend(Survey survey, List<SurveyCycle> closed, ItemResult item) {
    ItemTrend t = results.trend(survey, closed, item.code());
    List<TrendPoint> points = t.points();
    List<String> cycles = points.stream().map(TrendPoint::cycle).toList();
    List<String> figures =
        points.stream()
            .map(
                p ->
                    p.estimate().isPresent()
                        ? words.estimate(p.estimate().getAsDouble(), p.interval())
                        : words.text("report.suppressed"))
            .toList();
    String change =
        points.isEmpty() || points.get(points.size() - 1).change().isEmpty()
            ? words.text("report.trend.none")
            : points
                .get(points.size() - 1)
                .change()
                .map(
                    c ->
                        words.text(
                            "report.trend." + c.verdict().map(Enum::name).orElse("UNTESTED"),
                            c.since(),
                            p(c.test().pValue()),
                            p(c.holmPValue())))
                .orElseThrow();
    return new TrendLine(item.text().in(words.language()), cycles, figures, change);
  }

  private String p(OptionalDouble value) {
    return value.isPresent() ? words.pValue(value.getAsDouble()) : "–";
  }

  private List<PriorityLine> priorities(PriorityResult p) {
    String matrix = p.name().in(words.language());
    return p.matrix().factors().stream()
        .map(
            (FactorPlacement f) ->
                new PriorityLine(
                    matrix,
                    p.factors().containsKey(f.code())
                        ? p.factors().get(f.code()).in(words.language())
                        : f.code(),
                    words.number(f.score(), 1),
                    f.quadrant()
                        .map(q -> words.text("report.quadrant." + q.name()))
                        .orElse(words.text("report.quadrant.none"))))
        .toList();
  }
}
