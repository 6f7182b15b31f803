package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalRollupTest {

  @Test
  void theWorstVerdictDecides() {
    assertEquals(
        Status.AT_RISK,
        GoalRollup.combine(List.of(Status.ACHIEVED, Status.AT_RISK, Status.ON_TRACK)));
    assertEquals(Status.OFF_TRACK, GoalRollup.combine(List.of(Status.OFF_TRACK, Status.ACHIEVED)));
    assertEquals(Status.ACHIEVED, GoalRollup.combine(List.of(Status.ACHIEVED, Status.ACHIEVED)));
  }

  @Test
  void missingFiguresAndUnsetTargetsDoNotPullAMeasuredGoalDown() {
    assertEquals(
        Status.ACHIEVED,
        GoalRollup.combine(
            List.of(Status.ACHIEVED, Status.NO_TARGET, Status.AWAITING_PUBLICATION)));
  }

  @Test
  void withoutVerdictsAwaitingBeatsNotMeasuredBeatsNoTarget() {
    assertEquals(
        Status.AWAITING_PUBLICATION,
        GoalRollup.combine(List.of(Status.NOT_MEASURED_YET, Status.AWAITING_PUBLICATION)));
    assertEquals(
        Status.NOT_MEASURED_YET,
        GoalRollup.combine(List.of(Status.NO_TARGET, Status.NOT_MEASURED_YET)));
    assertEquals(Status.NO_TARGET, GoalRollup.combine(List.of(Status.NO_TARGET)));
    assertEquals(Status.NO_TARGET, GoalRollup.combine(List.of()));
  }
}
