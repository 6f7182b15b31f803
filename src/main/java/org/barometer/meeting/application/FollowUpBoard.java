package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.MinutesRepository;

/**
 * Every open follow-up point across meetings, overdue ones first: what came out of the talks and is
 * still to be done. Also what the scorecard shows under each goal ({@link DialogueRecords}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FollowUpBoard {

  MeetingTransactions tx;
  MinutesRepository minutes;
  MeetingRepository meetings;
  GoalCatalogue goals;
  Clock clock;

  protected FollowUpBoard() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public FollowUpBoard(
      MeetingTransactions tx,
      MinutesRepository minutes,
      MeetingRepository meetings,
      GoalCatalogue goals,
      Clock clock) {
    this.tx = tx;
    this.minutes = minutes;
    this.meetings = meetings;
    this.goals = goals;
    this.clock = clock;
  }

  /** Every open follow-up point, overdue first, then by due date. */
  public List<OpenFollowUp> open() {
    return describe(tx.inTransaction(() -> withMeetings(minutes.open())));
  }

  /**
   * The open follow-up points that serve goals of the plan, grouped by goal id in the order of the
   * first point of each (so the goal with the longest overdue point comes first); within a goal,
   * overdue first, then by due date.
   */
  public Map<String, List<OpenFollowUp>> openByGoal(String planId) {
    Map<String, List<OpenFollowUp>> byGoal = new LinkedHashMap<>();
    for (OpenFollowUp f :
        describe(tx.inTransaction(() -> withMeetings(minutes.openForPlan(planId))))) {
      byGoal.computeIfAbsent(f.followUp().goal().goalId(), g -> new java.util.ArrayList<>()).add(f);
    }
    return byGoal;
  }

  /** Today in the municipality's terms: the clock's day in UTC is close enough for due dates. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private record WithMeeting(FollowUp followUp, Meeting meeting) {}

  private List<WithMeeting> withMeetings(List<FollowUp> followUps) {
    Map<Long, Optional<Meeting>> read = new HashMap<>();
    return followUps.stream()
        .map(
            f ->
                new WithMeeting(
                    f, read.computeIfAbsent(f.meetingId(), meetings::find).orElse(null)))
        .toList();
  }

  private List<OpenFollowUp> describe(List<WithMeeting> rows) {
    LocalDate today = today();
    Map<String, Optional<GoalCatalogue.PlanGoal>> named = new HashMap<>();
    return rows.stream()
        .sorted((a, b) -> FollowUp.overdueFirst(today).compare(a.followUp(), b.followUp()))
        .map(
            r -> {
              FollowUp f = r.followUp();
              Optional<GoalCatalogue.PlanGoal> goal =
                  f.goal() == null
                      ? Optional.empty()
                      : named.computeIfAbsent(
                          f.goal().key(), k -> goals.goal(f.goal().planId(), f.goal().goalId()));
              return new OpenFollowUp(
                  f,
                  f.overdue(today),
                  r.meeting() == null ? "" : r.meeting().details().title(),
                  r.meeting() == null ? null : r.meeting().details().start().toLocalDate(),
                  goal.map(GoalCatalogue.PlanGoal::planTitle).orElse(null),
                  goal.map(GoalCatalogue.PlanGoal::goalTitle).orElse(null));
            })
        .toList();
  }
}
