package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Minutes;
import org.barometer.meeting.domain.MinutesRepository;
import org.barometer.platform.error.NotFoundException;

/** The minutes of a meeting and its follow-up points, written by staff after the meeting. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MinutesService {

  MeetingTransactions tx;
  MinutesRepository minutes;
  MeetingService meetings;
  GoalCatalogue goals;

  Clock clock;

  protected MinutesService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public MinutesService(
      MeetingTransactions tx,
      MinutesRepository minutes,
      MeetingService meetings,
      GoalCatalogue goals,
      Clock clock) {
    this.tx = tx;
    this.minutes = minutes;
    this.meetings = meetings;
    this.goals = goals;
    this.clock = clock;
  }

  /** Writes (or rewrites) the minutes, Markdown text. */
  public Minutes saveMinutes(long meetingId, String body, String author) {
    meetings.meeting(meetingId);
    Minutes m = new Minutes(meetingId, body, clock.instant(), author);
    tx.run(() -> minutes.save(m));
    return m;
  }

  public Optional<Minutes> minutes(long meetingId) {
    return tx.inTransaction(() -> minutes.find(meetingId));
  }

  /**
   * Adds a follow-up point to the meeting named in it.
   *
   * @throws UnknownGoalException when its goal is not a goal of a plan
   */
  public FollowUp addFollowUp(FollowUp followUp) {
    meetings.meeting(followUp.meetingId());
    check(followUp.goal());
    return tx.inTransaction(() -> followUp.withId(minutes.add(followUp, clock.instant())));
  }

  /**
   * Rewrites a follow-up point (text, owner, due date, status, goal).
   *
   * @throws UnknownGoalException when its goal is not a goal of a plan
   */
  public FollowUp updateFollowUp(FollowUp followUp) {
    check(followUp.goal());
    return tx.inTransaction(
        () -> {
          FollowUp old = followUp(followUp.id());
          FollowUp moved =
              new FollowUp(
                  old.id(),
                  old.meetingId(),
                  followUp.text(),
                  followUp.owner(),
                  followUp.dueOn(),
                  followUp.status(),
                  followUp.goal());
          minutes.update(moved, clock.instant());
          return moved;
        });
  }

  /** Marks a follow-up point done, dropped, or open again. */
  public FollowUp setStatus(long followUpId, FollowUpStatus status) {
    return tx.inTransaction(
        () -> {
          FollowUp old = followUp(followUpId);
          FollowUp changed =
              new FollowUp(
                  old.id(),
                  old.meetingId(),
                  old.text(),
                  old.owner(),
                  old.dueOn(),
                  status,
                  old.goal());
          minutes.update(changed, clock.instant());
          return changed;
        });
  }

  public List<FollowUp> followUps(long meetingId) {
    return tx.inTransaction(() -> minutes.followUps(meetingId));
  }

  /** The goals a follow-up point may name: every goal of every plan. */
  public List<GoalCatalogue.PlanGoal> goalChoices() {
    return goals.all();
  }

  /** A link is checked when it is written; one a plan has dropped since is kept as it is. */
  private void check(GoalLink link) {
    goals.require(link);
  }

  private FollowUp followUp(long id) {
    return minutes
        .followUp(id)
        .orElseThrow(() -> new NotFoundException("No follow-up point " + id));
  }
}
