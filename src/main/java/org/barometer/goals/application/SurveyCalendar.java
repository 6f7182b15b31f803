package org.barometer.goals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.ExpectedCycle;
import org.barometer.shared.Period;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.SurveyCycle;

/**
 * Which cycles of a survey the plans' calendars expect, and which of them are held, running,
 * overdue or still to come: what the surveys page shows, so that staff see a due cycle before the
 * scorecard reports it missing.
 */
@ApplicationScoped
public class SurveyCalendar {

  private Plans plans;
  private SurveyService surveys;

  protected SurveyCalendar() {}

  @Inject
  public SurveyCalendar(Plans plans, SurveyService surveys) {
    this.plans = plans;
    this.surveys = surveys;
  }

  /** What one plan expects of the survey. */
  public record PlanCalendar(String planId, String planTitle, List<ExpectedCycle> cycles) {}

  /** The plans that name the survey in a survey calendar, each with the cycles it expects. */
  public List<PlanCalendar> of(String surveyCode, LocalDate today) {
    Map<Integer, Boolean> cycles = new HashMap<>();
    for (SurveyCycle cycle : surveys.cycles(surveyCode)) {
      Optional<Period> period = Period.tryParse(cycle.label());
      period.ifPresent(
          p -> cycles.merge(p.year(), cycle.status() == CycleStatus.CLOSED, Boolean::logicalOr));
    }
    List<PlanCalendar> calendars = new ArrayList<>();
    for (PlanEntry entry : plans.all()) {
      List<ExpectedCycle> expected =
          ExpectedCycle.of(plans.plan(entry.id()), surveyCode, cycles, today);
      if (!expected.isEmpty()) {
        calendars.add(new PlanCalendar(entry.id(), entry.title(), expected));
      }
    }
    return calendars;
  }
}
