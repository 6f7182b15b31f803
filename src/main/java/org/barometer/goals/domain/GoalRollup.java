package org.barometer.goals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A goal's status from its indicators' and its sub-goals' statuses. The rule (also in {@code
 * docs/plan-files.md}):
 *
 * <ol>
 *   <li>Statuses that are verdicts ({@link Status#isAssessed()}) decide: the <b>worst</b> of them
 *       is the goal's (OFF_TRACK before AT_RISK before ON_TRACK before ACHIEVED). A goal is only as
 *       far along as its weakest measured indicator; a council reading "achieved" must be able to
 *       trust that every measured indicator is.
 *   <li>With no verdict, a goal with an error in its part of the plan is PLAN_ERROR; else one
 *       waiting for any figure is AWAITING_PUBLICATION; else, with an indicator never measured,
 *       NOT_MEASURED_YET; else (only unset targets) NO_TARGET.
 *   <li>A goal with neither indicators nor sub-goals (a focus area followed by its activities) has
 *       NO_TARGET.
 * </ol>
 *
 * Unset targets and missing figures never pull a measured goal down: they are reported on the
 * indicators themselves.
 */
public final class GoalRollup {

  private GoalRollup() {}

  /**
   * @param byIndicator the assessment of every indicator of the goal and its sub-goals
   */
  public static Status status(Goal goal, Map<String, Assessment> byIndicator) {
    List<Status> statuses = new ArrayList<>();
    for (Indicator i : goal.indicators()) {
      Assessment a = byIndicator.get(i.id());
      if (a == null) {
        throw new IllegalArgumentException("No assessment for indicator " + i.id());
      }
      statuses.add(a.status());
    }
    for (Goal sub : goal.subGoals()) {
      statuses.add(status(sub, byIndicator));
    }
    return combine(statuses);
  }

  /** The rule above over a list of statuses. */
  public static Status combine(List<Status> statuses) {
    Status worst = null;
    for (Status s : statuses) {
      if (s.isAssessed() && (worst == null || s.ordinal() > worst.ordinal())) {
        worst = s;
      }
    }
    if (worst != null) {
      return worst;
    }
    if (statuses.contains(Status.PLAN_ERROR)) {
      return Status.PLAN_ERROR;
    }
    if (statuses.contains(Status.AWAITING_PUBLICATION)) {
      return Status.AWAITING_PUBLICATION;
    }
    if (statuses.contains(Status.NOT_MEASURED_YET)) {
      return Status.NOT_MEASURED_YET;
    }
    return Status.NO_TARGET;
  }
}
