package org.barometer.meeting.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barometer.meeting.application.FollowUpBoard;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.OpenFollowUp;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.platform.web.LanguageChoice;

/**
 * What came out of the dialogue, for every staff role to read: every open follow-up point across
 * meetings (overdue first) with its owner, due date, meeting and goal, the meetings held with their
 * minutes, and the forums. Nothing on it writes: organisers change points on a meeting's page.
 */
@Named
@RequestScoped
public class FollowUpsPage {

  @Inject FollowUpBoard board;
  @Inject MeetingService meetings;
  @Inject LanguageChoice language;

  private List<OpenFollowUp> open;
  private List<Meeting> past;
  private List<Forum> forums;

  public List<OpenFollowUp> getOpen() {
    if (open == null) {
      open = board.open();
    }
    return open;
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

  /** The goal in words, "plan: goal"; the ids when the plan no longer names it. */
  public String goalText(OpenFollowUp o) {
    if (o.followUp().goal() == null) {
      return "";
    }
    return o.goalTitle() == null ? o.followUp().goal().key() : o.planTitle() + ": " + o.goalTitle();
  }
}
