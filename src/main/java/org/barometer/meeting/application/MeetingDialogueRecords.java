package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.meeting.domain.DialogueStatistics;
import org.barometer.meeting.domain.FollowUp;

/** The meeting feature's records of the dialogue, as the goals feature asks for them. */
@ApplicationScoped
public class MeetingDialogueRecords implements DialogueRecords {

  /** The municipalities' civil time, which meetings are held in (Norway's and Sweden's agree). */
  private static final ZoneId CIVIL = ZoneId.of("Europe/Oslo");

  FollowUpBoard board;
  MeetingTransactions tx;
  DialogueStatistics statistics;
  Clock clock;

  protected MeetingDialogueRecords() {}

  @Inject
  public MeetingDialogueRecords(
      FollowUpBoard board, MeetingTransactions tx, DialogueStatistics statistics, Clock clock) {
    this.board = board;
    this.tx = tx;
    this.statistics = statistics;
    this.clock = clock;
  }

  @Override
  public Map<Integer, Integer> yearly(
      IndicatorSource.DialogueCount.Measure measure, Optional<String> forum) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CIVIL);
    return tx.inTransaction(
        () ->
            switch (measure) {
              case MEETINGS_HELD -> statistics.meetingsHeld(now, forum);
              case BUSINESSES_TAKING_PART -> statistics.businessesTakingPart(now, forum);
            });
  }

  @Override
  public List<GoalFollowUp> openFollowUps(String planId, LocalDate today) {
    return board.openByGoal(planId).values().stream()
        .flatMap(List::stream)
        .sorted((a, b) -> FollowUp.overdueFirst(today).compare(a.followUp(), b.followUp()))
        .map(
            o ->
                new GoalFollowUp(
                    o.followUp().id(),
                    o.followUp().goal().goalId(),
                    o.followUp().text(),
                    o.followUp().owner(),
                    o.followUp().dueOn(),
                    o.followUp().overdue(today),
                    o.followUp().meetingId(),
                    o.meetingTitle(),
                    o.meetingDay()))
        .toList();
  }
}
