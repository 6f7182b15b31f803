package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
      byIndicator.put(
          i.id(),
          IndicatorScorer.score(
              i, plan.period(), lookup.forIndicator(i).publishedBy(i, asOf), asOf));
    }
    Map<String, Status> byGoal = new LinkedHashMap<>();
    for (Goal g : plan.allGoals()) {
      byGoal.put(g.id(), GoalRollup.status(g, byIndicator));
    }
    return new PlanScore(plan.id(), byIndicator, byGoal);
  }
}
