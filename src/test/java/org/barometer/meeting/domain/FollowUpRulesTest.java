package org.barometer.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A follow-up point's goal link, when it is overdue, and the order of an open list. */
class FollowUpRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

  private static FollowUp due(long id, LocalDate due, FollowUpStatus status) {
    return new FollowUp(id, 1, "Punkt " + id, "Anne", due, status, null);
  }

  @Test
  void overdueMeansOpenAndDueBeforeToday() {
    assertTrue(due(1, TODAY.minusDays(1), FollowUpStatus.OPEN).overdue(TODAY));
    assertFalse(due(2, TODAY, FollowUpStatus.OPEN).overdue(TODAY), "due today is not overdue");
    assertFalse(due(3, TODAY.minusDays(30), FollowUpStatus.DONE).overdue(TODAY));
    assertFalse(due(4, TODAY.minusDays(30), FollowUpStatus.DROPPED).overdue(TODAY));
  }

  @Test
  void overdueFirstThenByDueDateThenAsWritten() {
    FollowUp a = due(1, LocalDate.of(2027, 6, 1), FollowUpStatus.OPEN);
    FollowUp b = due(2, LocalDate.of(2027, 1, 15), FollowUpStatus.OPEN); // overdue
    FollowUp c = due(3, LocalDate.of(2026, 12, 1), FollowUpStatus.OPEN); // overdue longest
    FollowUp d = due(4, TODAY, FollowUpStatus.OPEN);
    FollowUp e = due(5, LocalDate.of(2027, 6, 1), FollowUpStatus.OPEN); // same day as a, later
    List<FollowUp> list = new ArrayList<>(List.of(a, e, d, b, c));

    list.sort(FollowUp.overdueFirst(TODAY));

    assertEquals(List.of(c, b, d, a, e), list);
  }

  @Test
  void aGoalLinkNamesBothThePlanAndTheGoalOrNothing() {
    assertNull(GoalLink.of(null, " "));
    assertEquals(new GoalLink("drammen-2030", "jobs"), GoalLink.of(" drammen-2030 ", "jobs "));
    assertEquals(
        "goalId",
        assertThrows(InvalidInputException.class, () -> GoalLink.of("drammen-2030", null)).field());
    assertEquals(
        "planId", assertThrows(InvalidInputException.class, () -> GoalLink.of("", "jobs")).field());
    assertEquals(
        "planId",
        assertThrows(InvalidInputException.class, () -> new GoalLink("x".repeat(81), "jobs"))
            .field());
  }

  @Test
  void aPickersValueIsPlanSlashGoal() {
    GoalLink link = new GoalLink("sandefjord-2023-2026", "tax-income");
    assertEquals("sandefjord-2023-2026/tax-income", link.key());
    assertEquals(link, GoalLink.ofKey("sandefjord-2023-2026/tax-income"));
    assertNull(GoalLink.ofKey(""));
    assertThrows(InvalidInputException.class, () -> GoalLink.ofKey("no-slash"));
  }

  @Test
  void aForumsRuleSaysWhenItMustMeetNext() {
    Forum yearly = new Forum(null, "Rundebord", "Næring", null, List.of(), 12, List.of());
    Forum free = new Forum(null, "Frokost", "Næring", null, List.of());
    var last = java.util.Optional.of(LocalDate.of(2026, 1, 10));

    assertEquals(
        java.util.Optional.of(LocalDate.of(2027, 1, 10)), yearly.nextMeetingDue(last, TODAY));
    assertTrue(yearly.meetingOverdue(last, TODAY), "1 February 2027 is after 10 January");
    assertFalse(yearly.meetingOverdue(java.util.Optional.of(LocalDate.of(2026, 2, 1)), TODAY));
    assertEquals(
        java.util.Optional.of(TODAY), yearly.nextMeetingDue(java.util.Optional.empty(), TODAY));
    assertFalse(yearly.meetingOverdue(java.util.Optional.empty(), TODAY));
    assertEquals(java.util.Optional.empty(), free.nextMeetingDue(last, TODAY));
    assertFalse(free.meetingOverdue(last, TODAY));
    assertEquals(
        "meetsEveryMonths",
        assertThrows(
                InvalidInputException.class,
                () -> new Forum(null, "X", "Y", null, List.of(), 0, List.of()))
            .field());
  }
}
