package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.meeting.domain.FollowUp;

/** The meeting feature's records of the dialogue, as the goals feature asks for them. */
@ApplicationScoped
public class MeetingDialogueRecords implements DialogueRecords {

  FollowUpBoard board;

  protected MeetingDialogueRecords() {}

  @Inject
  public MeetingDialogueRecords(FollowUpBoard board) {
    this.board = board;
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
