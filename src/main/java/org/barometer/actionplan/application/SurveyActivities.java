package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.analysis.application.PlannedActions;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Plan;

/**
 * "What we do about it" for a published survey: in every plan, the goals with an indicator read
 * from that survey, and the activities serving them in the action plan covering the day. An
 * activity serving several such goals is listed once, under the first. Owners and their addresses
 * stay out: the page is public.
 */
@ApplicationScoped
public class SurveyActivities implements PlannedActions {

  private Plans plans;
  private ActionPlanService actionPlans;

  protected SurveyActivities() {}

  @Inject
  public SurveyActivities(Plans plans, ActionPlanService actionPlans) {
    this.plans = plans;
    this.actionPlans = actionPlans;
  }

  @Override
  public List<PlannedAction> forSurvey(String surveyCode, LocalDate day) {
    List<PlannedAction> found = new ArrayList<>();
    for (PlanEntry entry : plans.all()) {
      Plan plan = plans.plan(entry.id());
      List<Goal> measured = plan.allGoals().stream().filter(g -> measures(g, surveyCode)).toList();
      if (measured.isEmpty()) {
        continue;
      }
      Map<String, List<ActivityView>> byGoal = actionPlans.activitiesByGoal(plan.id(), day);
      Set<Long> listed = new HashSet<>();
      for (Goal goal : measured) {
        for (ActivityView a : byGoal.getOrDefault(goal.id(), List.of())) {
          if (listed.add(a.id())) {
            found.add(
                new PlannedAction(
                    plan.title(),
                    goal.title(),
                    a.title(),
                    a.description(),
                    a.startsOn(),
                    a.endsOn(),
                    a.status()));
          }
        }
      }
    }
    return found;
  }

  /** Whether one of the goal's own indicators reads the survey. */
  static boolean measures(Goal goal, String surveyCode) {
    return goal.indicators().stream()
        .anyMatch(
            i ->
                i.source() instanceof IndicatorSource.SurveyItem s
                    && s.survey().equals(surveyCode));
  }
}
