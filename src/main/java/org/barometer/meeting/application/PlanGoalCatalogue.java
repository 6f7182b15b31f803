package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Plan;
import org.barometer.platform.error.NotFoundException;

/** The goal catalogue read from the goals feature's plans ({@link Plans}). */
@ApplicationScoped
public class PlanGoalCatalogue implements GoalCatalogue {

  Plans plans;

  protected PlanGoalCatalogue() {}

  @Inject
  public PlanGoalCatalogue(Plans plans) {
    this.plans = plans;
  }

  @Override
  public List<PlanGoal> all() {
    List<PlanGoal> all = new ArrayList<>();
    for (PlanEntry entry : plans.all()) {
      plan(entry.id()).ifPresent(p -> p.goals().forEach(g -> add(p, g, 0, all)));
    }
    return all;
  }

  @Override
  public boolean hasPlan(String planId) {
    return plan(planId).isPresent();
  }

  @Override
  public Optional<PlanGoal> goal(String planId, String goalId) {
    return plan(planId)
        .flatMap(p -> all(p).stream().filter(g -> g.goalId().equals(goalId)).findFirst());
  }

  private static List<PlanGoal> all(Plan plan) {
    List<PlanGoal> goals = new ArrayList<>();
    plan.goals().forEach(g -> add(plan, g, 0, goals));
    return goals;
  }

  private static void add(Plan plan, Goal goal, int depth, List<PlanGoal> into) {
    into.add(new PlanGoal(plan.id(), plan.title(), goal.id(), goal.title(), depth));
    goal.subGoals().forEach(g -> add(plan, g, depth + 1, into));
  }

  private Optional<Plan> plan(String planId) {
    try {
      return Optional.of(plans.plan(planId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
