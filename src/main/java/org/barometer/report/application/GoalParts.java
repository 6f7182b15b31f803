package org.barometer.report.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.barometer.goals.application.IndicatorPicture;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.domain.Assessment;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.Measurement;
import org.barometer.report.application.ReportModel.GoalPart;
import org.barometer.report.application.ReportModel.IndicatorPart;
import org.barometer.shared.Period;

/**
 * The report's goals, from the scorecard as of the day: every indicator's status and sentence as
 * the scorecard gives them (never scored again here), its latest figure and where it was published,
 * and its chart from the figures known on the day.
 */
final class GoalParts {

  private final Function<String, IndicatorPicture> pictures;
  private final ReportWords words;
  private final Locale locale;

  /**
   * @param pictures an indicator's chart by its id, as of the scorecard's day ({@link
   *     org.barometer.goals.application.Plans#picture})
   */
  GoalParts(Function<String, IndicatorPicture> pictures, ReportWords words) {
    this.pictures = pictures;
    this.words = words;
    this.locale = words.language().locale();
  }

  List<GoalPart> of(Scorecard card) {
    List<GoalPart> parts = new ArrayList<>();
    card.plan().goals().forEach(g -> add(g, 0, card, parts));
    return parts;
  }

  private void add(Goal goal, int depth, Scorecard card, List<GoalPart> parts) {
    parts.add(
        new GoalPart(
            goal.id(),
            goal.title(),
            depth,
            card.score().goal(goal.id()),
            goal.indicators().stream().map(i -> indicator(i, card)).toList()));
    goal.subGoals().forEach(g -> add(g, depth + 1, card, parts));
  }

  private IndicatorPart indicator(Indicator indicator, Scorecard card) {
    Assessment a = card.score().indicator(indicator.id());
    Measurement latest = a.evidence().latest().orElse(null);
    return new IndicatorPart(
        indicator.id(),
        indicator.name(),
        latest == null ? words.text("report.noFigure") : figure(latest),
        indicator.targetWords().in(locale),
        a.status(),
        a.explanation().in(locale),
        latest == null ? "" : published(indicator, latest),
        chart(card, indicator));
  }

  /** "62,4 (58,1–66,7), 2025, n = 412": the figure, its period, and n for a survey figure. */
  private String figure(Measurement m) {
    String value = words.estimate(m.value(), m.interval());
    if (m.interval().isEmpty()) {
      value = words.number(m.value(), m.value() == Math.rint(m.value()) ? 0 : 1);
    }
    String s = words.text("report.figure", value, m.period().code());
    if (m.n().isPresent()) {
      s = words.text("report.figure.n", s, m.n().getAsInt());
    }
    return s;
  }

  private String published(Indicator indicator, Measurement m) {
    String where =
        m.demonstration()
            ? words.text("goals.demonstration")
            : m.source().orElse(indicator.source().describe().in(locale));
    return m.published()
        .map(d -> words.text("report.published", where, words.date(d)))
        .orElse(where);
  }

  private ChartSeries chart(Scorecard card, Indicator indicator) {
    LocalDate asOf = card.asOf();
    IndicatorPicture picture = pictures.apply(indicator.id());
    List<ChartSeries.Point> figures =
        picture.figures().stream()
            .filter(m -> m.published().map(d -> !d.isAfter(asOf)).orElse(true))
            .filter(m -> m.period().year() <= asOf.getYear())
            .map(GoalParts::point)
            .toList();
    List<ChartSeries.Point> target = picture.targetPath().stream().map(GoalParts::point).toList();
    return new ChartSeries(figures, target);
  }

  private static ChartSeries.Point point(Measurement m) {
    Period p = m.period();
    int parts =
        switch (p.kind()) {
          case YEAR -> 1;
          case HALF_YEAR -> 2;
          case QUARTER -> 4;
          case MONTH -> 12;
          case WEEK -> 53;
        };
    double x = p.year() + (p.kind() == Period.Kind.YEAR ? 0 : (p.number() - 1) / (double) parts);
    return new ChartSeries.Point(
        x,
        p.code(),
        m.value(),
        m.interval().map(ci -> ci.lower()).orElse(Double.NaN),
        m.interval().map(ci -> ci.upper()).orElse(Double.NaN));
  }
}
