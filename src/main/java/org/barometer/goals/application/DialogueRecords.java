package org.barometer.goals.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.IndicatorSource;

/**
 * What Barometer's own records of the dialogue with businesses (round-table talks, forums, their
 * follow-up points) tell about a plan. The meeting feature implements it; the goals feature only
 * asks.
 */
public interface DialogueRecords {

  /**
   * An open follow-up point from a meeting that serves a goal of the plan.
   *
   * @param overdue whether its due date has passed
   * @param meetingDay the day the meeting was held (in its own zone)
   */
  record GoalFollowUp(
      long id,
      String goalId,
      String text,
      String owner,
      LocalDate dueOn,
      boolean overdue,
      long meetingId,
      String meetingTitle,
      LocalDate meetingDay) {}

  /** The plan's open follow-up points, overdue ones first, then by due date. */
  List<GoalFollowUp> openFollowUps(String planId, LocalDate today);

  /**
   * The dialogue counted by calendar year (only years with a meeting held appear).
   *
   * @param forum the name of one forum (any case); empty for all
   */
  Map<Integer, Integer> yearly(
      IndicatorSource.DialogueCount.Measure measure, Optional<String> forum);
}
