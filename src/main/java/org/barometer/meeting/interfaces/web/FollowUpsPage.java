package org.barometer.meeting.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.barometer.actionplan.application.FollowUpActivities;
import org.barometer.meeting.application.FollowUpBoard;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.OpenFollowUp;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * What came out of the dialogue, for every staff role to read: every open follow-up point across
 * meetings (overdue first) with its owner, due date, meeting and goal, the meetings held with their
 * minutes, and the forums. Organisers change points on a meeting's page; here, analysts and
 * organisers turn a point that serves a goal into an activity of that plan's current action plan
 * with one click.
 */
@Named
@RequestScoped
public class FollowUpsPage {

  @Inject FollowUpBoard board;
  @Inject MeetingService meetings;
  @Inject LanguageChoice language;
  @Inject MinutesService minutes;
  @Inject FollowUpActivities activities;

  private List<GoalCatalogue.PlanGoal> goals;

  private List<OpenFollowUp> open;
  private List<Meeting> past;
  private List<Forum> forums;

  public List<OpenFollowUp> getOpen() {
    if (open == null) {
      open = board.open();
    }
    return open;
  }

  /**
   * Makes the point an activity of the action plan covering today of the plan whose goal it serves,
   * serving that goal; a point already made one is refused with a message.
   */
  @StaffAction({Role.ANALYST, Role.ORGANISER})
  public void makeActivity(OpenFollowUp point) {
    FollowUp followUp = point.followUp();
    Messages.attempt(
        () ->
            activities.activityFrom(
                followUp.goal().planId(), followUp.meetingId(), followUp.id(), List.of()),
        Messages.text("meeting.followUps.madeActivity", followUp.text()));
  }

  public long getOverdueCount() {
    return getOpen().stream().filter(OpenFollowUp::overdue).count();
  }

  public List<Meeting> getPast() {
    if (past == null) {
      past = meetings.past();
    }
    return past;
  }

  public List<Forum> getForums() {
    if (forums == null) {
      forums = meetings.forums();
    }
    return forums;
  }

  public String forumName(long id) {
    return getForums().stream().filter(f -> f.id() == id).map(Forum::name).findFirst().orElse("");
  }

  public String when(Meeting m) {
    return MeetingTimes.span(m.details(), language.getLocale());
  }

  /** "Meets every 12 months · last held 2026-11-20 · next by 2027-11-20". */
  public String rule(Forum f) {
    Optional<LocalDate> last = meetings.lastHeld(f.id());
    LocalDate today = board.today();
    String due = f.nextMeetingDue(last, today).map(LocalDate::toString).orElse("");
    return last.isPresent()
        ? Messages.text("meeting.followUps.rule", f.meetsEveryMonths(), last.get(), due)
        : Messages.text("meeting.followUps.ruleNever", f.meetsEveryMonths());
  }

  public boolean meetingOverdue(Forum f) {
    return f.meetingOverdue(meetings.lastHeld(f.id()), board.today());
  }

  /** The goals the forum serves, "plan: goal" each. */
  public String goals(Forum f) {
    if (goals == null) {
      goals = minutes.goalChoices();
    }
    return f.goals().stream()
        .map(
            l ->
                goals.stream()
                    .filter(g -> g.planId().equals(l.planId()) && g.goalId().equals(l.goalId()))
                    .map(g -> g.planTitle() + ": " + g.goalTitle())
                    .findFirst()
                    .orElse(l.key()))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The goal in words, "plan: goal"; the ids when the plan no longer names it. */
  public String goalText(OpenFollowUp o) {
    if (o.followUp().goal() == null) {
      return "";
    }
    return o.goalTitle() == null ? o.followUp().goal().key() : o.planTitle() + ": " + o.goalTitle();
  }
}
