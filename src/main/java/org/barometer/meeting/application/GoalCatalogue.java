package org.barometer.meeting.application;

import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.GoalLink;

/**
 * The goals of the municipality's plans, as the goals feature holds them: what a follow-up point or
 * a forum may name, and their titles to show beside the link.
 */
public interface GoalCatalogue {

  /** A goal of a plan, with the plan's and the goal's titles; depth 0 for a main goal. */
  record PlanGoal(String planId, String planTitle, String goalId, String goalTitle, int depth) {}

  /** Every goal of every plan, plans in their list's order, goals depth first. */
  List<PlanGoal> all();

  /** Whether there is a plan with this id. */
  boolean hasPlan(String planId);

  /** The goal, if the plan names it. */
  Optional<PlanGoal> goal(String planId, String goalId);

  /**
   * Refuses a link to a plan or goal the plans do not have; none passes.
   *
   * @throws UnknownGoalException naming {@code planId} or {@code goalId}
   */
  default void require(GoalLink link) {
    if (link == null) {
      return;
    }
    if (!hasPlan(link.planId())) {
      throw new UnknownGoalException("planId", "There is no plan " + link.planId() + ".");
    }
    if (goal(link.planId(), link.goalId()).isEmpty()) {
      throw new UnknownGoalException(
          "goalId", "The plan " + link.planId() + " has no goal " + link.goalId() + ".");
    }
  }
}
