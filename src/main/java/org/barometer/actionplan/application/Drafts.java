package org.barometer.actionplan.application;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.Owner;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Goal;
import org.barometer.platform.error.InvalidInputException;

/** An {@link ActivityDraft} written into an activity, for the form, the API and the workbook. */
final class Drafts {

  private Drafts() {}

  /**
   * The goal ids checked against the plan as stored now.
   *
   * @throws InvalidInputException naming {@code goalIds} with the first unknown id
   */
  static Set<String> goals(Plans plans, String planId, List<String> ids) {
    Set<String> known =
        plans.plan(planId).allGoals().stream().map(Goal::id).collect(Collectors.toSet());
    Set<String> goals = new LinkedHashSet<>();
    for (String id : ids) {
      String goal = id == null ? "" : id.strip();
      if (!known.contains(goal)) {
        throw new InvalidInputException(
            "goalIds", "The plan " + planId + " has no goal '" + goal + "'.");
      }
      goals.add(goal);
    }
    return goals;
  }

  /** Replaces every field of the activity with the draft's; the goals are checked already. */
  static void write(Activity activity, ActivityDraft d, Set<String> goals, Instant now) {
    activity.describe(d.title(), d.description(), d.partners(), d.startsOn(), d.endsOn(), now);
    activity.serve(goals, now);
    activity.assign(
        d.withoutOwner() ? null : new Owner(d.ownerName(), d.ownerUnit(), d.ownerEmail()), now);
  }
}
