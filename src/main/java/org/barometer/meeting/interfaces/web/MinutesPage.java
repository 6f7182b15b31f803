package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Minutes;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * A meeting's minutes and follow-up points, read-only, for every staff role: managers and elected
 * officials read what came out of the talks. Who registered is not shown (the organisers' page).
 */
@Named
@ViewScoped
public class MinutesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject MinutesService minutes;
  @Inject LanguageChoice language;

  private long id;
  private transient Meeting meeting;
  private transient Minutes written;
  private transient List<FollowUp> followUps;
  private transient List<GoalCatalogue.PlanGoal> goals;

  /** Reads the meeting named by the address (404 when there is none); every staff role may. */
  @StaffAction(Role.VIEWER)
  public void load() {
    meeting = meetings.meeting(id);
    written = minutes.minutes(id).orElse(null);
    followUps = minutes.followUps(id);
  }

  public Meeting getMeeting() {
    if (meeting == null) {
      load();
    }
    return meeting;
  }

  public Minutes getMinutes() {
    getMeeting();
    return written;
  }

  public List<FollowUp> getFollowUps() {
    getMeeting();
    return followUps;
  }

  public String getWhen() {
    return MeetingTimes.span(getMeeting().details(), language.getLocale());
  }

  public String getForumName() {
    return meetings.forum(getMeeting().forumId()).name();
  }

  /** The goal in words, "plan: goal"; the ids when the plan no longer names it. */
  public String goalText(FollowUp f) {
    if (f.goal() == null) {
      return null;
    }
    if (goals == null) {
      goals = minutes.goalChoices();
    }
    return goals.stream()
        .filter(g -> g.planId().equals(f.goal().planId()) && g.goalId().equals(f.goal().goalId()))
        .map(g -> g.planTitle() + ": " + g.goalTitle())
        .findFirst()
        .orElse(f.goal().key() + " (" + Messages.text("meeting.followUps.goalGone") + ")");
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
