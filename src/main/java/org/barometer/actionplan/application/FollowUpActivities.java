package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.platform.error.NotFoundException;

/**
 * One click from a meeting's follow-up point to an activity of the plan's current action plan (the
 * one covering today), remembering where it came from. The follow-up is read through the meeting
 * feature's own unit of work, outside any container transaction, and the activity is written in the
 * action plan's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FollowUpActivities {

  private MinutesService minutes;
  private ActionPlanService actionPlans;

  protected FollowUpActivities() {}

  @Inject
  public FollowUpActivities(MinutesService minutes, ActionPlanService actionPlans) {
    this.minutes = minutes;
    this.actionPlans = actionPlans;
  }

  /**
   * @param goalIds the plan's goals the activity serves; when empty, the goal the follow-up point
   *     serves, if it is a goal of this plan
   * @throws NotFoundException when the meeting has no such follow-up point
   */
  public ActivityView activityFrom(
      String planId, long meetingId, long followUpId, List<String> goalIds) {
    FollowUp followUp =
        minutes.followUps(meetingId).stream()
            .filter(f -> f.id() != null && f.id() == followUpId)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Meeting " + meetingId + " has no follow-up point " + followUpId + "."));
    List<String> goals =
        goalIds == null || goalIds.isEmpty() ? goalOf(planId, followUp.goal()) : goalIds;
    String text = followUp.text();
    boolean longText = text.length() > 500;
    return actionPlans.addFromFollowUp(
        planId,
        followUpId,
        new ActivityDraft(
            longText ? text.substring(0, 499) + "…" : text,
            longText ? text : "",
            null,
            null,
            null,
            "",
            null,
            followUp.dueOn(),
            goals));
  }

  /** The goal the follow-up point serves, when it is a goal of this plan. */
  private static List<String> goalOf(String planId, GoalLink goal) {
    return goal != null && goal.planId().equals(planId) ? List.of(goal.goalId()) : List.of();
  }
}
