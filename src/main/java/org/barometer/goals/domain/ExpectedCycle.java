package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A survey cycle a plan's calendar expects ({@code publishes: {survey: ...}}), and where it stands
 * on a day, so that a cycle that was due and never held is seen on the surveys page instead of
 * being skipped by the scorecard.
 *
 * @param year the cycle's year, which is its label
 * @param due the day the plan expects its figure: the calendar's closing day that year
 */
public record ExpectedCycle(int year, LocalDate due, State state) {

  /** Where an expected cycle stands. */
  public enum State {
    /** A closed cycle of that year exists: its figure counts. */
    HELD,
    /** A cycle of that year exists and is not closed yet. */
    RUNNING,
    /** Its day has passed and there is no cycle of that year. */
    OVERDUE,
    /** Its day is still to come. */
    EXPECTED
  }

  /**
   * The cycles a plan expects of one survey, by year: every year of the survey calendars of the
   * plan's indicators that read that survey, with the earliest closing day where two differ.
   *
   * @param cycles the survey's cycles whose label is a year, and whether each is closed
   */
  public static List<ExpectedCycle> of(
      Plan plan, String surveyCode, Map<Integer, Boolean> cycles, LocalDate today) {
    Map<Integer, LocalDate> dueByYear = new TreeMap<>();
    for (Indicator indicator : plan.allIndicators()) {
      if (indicator.source() instanceof IndicatorSource.SurveyItem item
          && item.survey().equals(surveyCode)
          && indicator.schedule() instanceof Schedule.SurveyCycles calendar) {
        for (int year : calendar.years()) {
          LocalDate due = calendar.closes().atYear(year);
          dueByYear.merge(year, due, (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    List<ExpectedCycle> expected = new ArrayList<>();
    dueByYear.forEach(
        (year, due) ->
            expected.add(new ExpectedCycle(year, due, state(cycles.get(year), due, today))));
    return expected;
  }

  private static State state(Boolean closed, LocalDate due, LocalDate today) {
    if (closed != null) {
      return closed ? State.HELD : State.RUNNING;
    }
    return due.isBefore(today) ? State.OVERDUE : State.EXPECTED;
  }
}
