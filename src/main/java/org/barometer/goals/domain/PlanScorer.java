package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a whole plan as of a date: every indicator by {@link IndicatorScorer}, every goal by
 * {@link GoalRollup}. This is what a service (and later the scorecard page and the yearly report)
 * calls. Whatever the lookup gives, only the figures that could be known on the day are scored
 * ({@link IndicatorData#publishedBy}).
 */
public final class PlanScorer {

  private PlanScorer() {}

  public static PlanScore score(Plan plan, MeasurementLookup lookup, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Assessment> byIndicator = new LinkedHashMap<>();
    for (Indicator i : plan.allIndicators()) {
      byIndicator.put(i.id(), score(i, plan, lookup, asOf));
    }
    Map<String, Status> byGoal = new LinkedHashMap<>();
    for (Goal g : plan.allGoals()) {
      byGoal.put(g.id(), GoalRollup.status(g, byIndicator));
    }
    return new PlanScore(plan.id(), byIndicator, byGoal);
  }

  /** One indicator; a plan naming what does not exist gives {@link Status#PLAN_ERROR}. */
  private static Assessment score(
      Indicator i, Plan plan, MeasurementLookup lookup, LocalDate asOf) {
    IndicatorData data;
    try {
      data = lookup.forIndicator(i);
    } catch (PlanReferenceException e) {
      return new Assessment(
          i.id(),
          Optional.empty(),
          Status.PLAN_ERROR,
          Evidence.empty(),
          Phrase.of("goals.error", e.reason()));
    }
    return IndicatorScorer.score(i, plan.period(), data.publishedBy(i, asOf), asOf);
  }
}
