package org.barometer.goals.application;

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
   * The figures of the survey the plan names: by its code, or else every survey built on the
   * questionnaire template of that name (the municipality's one recurring survey). Only closed
   * cycles count: an open one's figure still moves with every answer. A cycle whose label is not a
   * period (a year, "2025K1") cannot be placed in time and is left out.
   */
  Measurements of(IndicatorSource.SurveyItem item) {
    List<Survey> named = all().stream().filter(s -> s.code().equals(item.template())).toList();
    List<Survey> used =
        named.isEmpty()
            ? all().stream().filter(s -> s.templateCode().equals(item.template())).toList()
            : named;
    Map<Period, Measurement> byPeriod = new LinkedHashMap<>();
    for (Survey survey : used) {
      Optional<List<SurveyCycle>> ofSurvey = cycles(survey.code());
      if (ofSurvey.isEmpty()) {
        continue;
      }
      List<TrendPoint> points;
      try {
        points = results.trend(survey, ofSurvey.get(), item.item()).points();
      } catch (NotFoundException e) {
        continue;
      }
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
                  null));
        }
      }
    }
    return Measurements.of(byPeriod.values());
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
