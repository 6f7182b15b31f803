package org.barometer.goals.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Phrase;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.shared.Period;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;

/**
 * A plan's survey indicators' figures for one scoring: every closed cycle's estimate with its
 * interval and n. The surveys and their cycles are read once, however many indicators follow an
 * item of the same survey (each cycle row holds its questionnaire's text).
 */
final class SurveyFigures {

  private final SurveyService surveys;
  private final ResultsService results;
  private List<Survey> all;
  private final Map<String, Optional<List<SurveyCycle>>> cycles = new HashMap<>();

  SurveyFigures(SurveyService surveys, ResultsService results) {
    this.surveys = surveys;
    this.results = results;
  }

  /**
   * The figures of the survey the plan names by its code, and of no other: two surveys on the same
   * questionnaire template (two municipalities', or a pilot beside the real one) are never merged.
   * Only closed cycles count: an open one's figure still moves with every answer. Each figure
   * carries its cycle's closing day as its publication day ({@link #closed}), so scoring as of a
   * day sees a cycle only once it had closed. A cycle whose label is not a period (a year,
   * "2025K1") cannot be placed in time and is left out.
   *
   * @throws PlanReferenceException when there is no survey with that code, or when the survey has
   *     cycles and none of them has the index or question
   */
  Measurements of(IndicatorSource.SurveyItem item) {
    Survey survey =
        all().stream()
            .filter(s -> s.code().equals(item.survey()))
            .findFirst()
            .orElseThrow(
                () -> new PlanReferenceException(Phrase.of("goals.error.noSurvey", item.survey())));
    List<SurveyCycle> ofSurvey =
        cycles(survey.code())
            .orElseThrow(
                () -> new PlanReferenceException(Phrase.of("goals.error.noSurvey", item.survey())));
    if (ofSurvey.isEmpty()) {
      return Measurements.none();
    }
    List<TrendPoint> points;
    try {
      points = results.trend(survey, ofSurvey, item.item()).points();
    } catch (NotFoundException e) {
      throw new PlanReferenceException(
          Phrase.of("goals.error.noSurveyItem", item.survey(), item.item()));
    }
    Map<Long, SurveyCycle> byId = new HashMap<>();
    ofSurvey.forEach(c -> byId.put(c.id(), c));
    Map<Period, Measurement> byPeriod = new LinkedHashMap<>();
    for (TrendPoint p : points) {
      Optional<Period> period = Period.tryParse(p.cycle());
      if (period.isPresent() && p.estimate().isPresent() && p.status() == CycleStatus.CLOSED) {
        byPeriod.putIfAbsent(
            period.get(),
            new Measurement(
                period.get(),
                p.estimate().getAsDouble(),
                null,
                p.interval(),
                p.n() == null ? OptionalInt.empty() : OptionalInt.of(p.n().intValue()),
                Optional.of(survey.name()),
                closed(byId.get(p.cycleId()))));
      }
    }
    return Measurements.of(byPeriod.values());
  }

  /**
   * The day a closed cycle's figure was out: the earlier of its planned closing day and the day it
   * was closed (a cycle closed early is out when closed; past cycles imported later were out on
   * their planned day).
   */
  private static Optional<LocalDate> closed(SurveyCycle cycle) {
    if (cycle == null) {
      return Optional.empty();
    }
    Optional<LocalDate> planned = Optional.ofNullable(cycle.closesOn());
    Optional<LocalDate> actual =
        Optional.ofNullable(cycle.closedAt())
            .map(at -> LocalDate.ofInstant(at, ZoneId.systemDefault()));
    if (planned.isPresent() && actual.isPresent()) {
      return Optional.of(planned.get().isBefore(actual.get()) ? planned.get() : actual.get());
    }
    return planned.or(() -> actual);
  }

  private List<Survey> all() {
    if (all == null) {
      all = surveys.surveys();
    }
    return all;
  }

  /** The survey's cycles, or empty when there is no such survey. */
  private Optional<List<SurveyCycle>> cycles(String surveyCode) {
    return cycles.computeIfAbsent(
        surveyCode,
        code -> {
          try {
            return Optional.of(surveys.cycles(code));
          } catch (NotFoundException e) {
            return Optional.empty();
          }
        });
  }
}
