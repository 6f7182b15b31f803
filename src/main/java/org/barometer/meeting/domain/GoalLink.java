package org.barometer.meeting.domain;

import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * A goal of a plan that a follow-up point serves: the plan's id and the goal's id within it, both
 * as the plan file names them. Whether the plan has that goal is checked when the link is made
 * ({@code MinutesService}, against the goals feature); a plan replaced later may have dropped it,
 * so a stored link is shown as it is, also when the plan no longer names the goal.
 */
public record GoalLink(String planId, String goalId) {

  public GoalLink {
    planId = TextInput.required("planId", planId, 80);
    goalId = TextInput.required("goalId", goalId, 200);
  }

  /**
   * The link from two fields of a form, where either may be empty: none when both are, otherwise
   * both are required (the missing one is named).
   */
  public static GoalLink of(String planId, String goalId) {
    boolean noPlan = planId == null || planId.isBlank();
    boolean noGoal = goalId == null || goalId.isBlank();
    return noPlan && noGoal ? null : new GoalLink(planId, goalId);
  }

  /** "sandefjord-2023-2026/tax-income": how a picker's value names it. */
  public String key() {
    return planId + "/" + goalId;
  }

  /** The link a picker's value names; none for an empty value. */
  public static GoalLink ofKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    int slash = key.indexOf('/');
    if (slash < 0) {
      throw new InvalidInputException("goal", "'" + key + "' does not name a plan and a goal");
    }
    return new GoalLink(key.substring(0, slash), key.substring(slash + 1));
  }
}
