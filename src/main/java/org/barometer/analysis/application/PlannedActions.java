package org.barometer.analysis.application;

import java.time.LocalDate;
import java.util.List;

/**
 * "What we do about it" on a published results page: the activities of the current action plans
 * that serve the goals a survey measures. The action plan feature implements it; analysis only
 * asks, so it never reads plans or goals itself.
 */
public interface PlannedActions {

  /**
   * One activity of an action plan, as the public may read it: no owner, no e-mail.
   *
   * @param goal the title of the goal it serves (one measured by the survey)
   * @param status the latest report's status (GREEN, YELLOW, RED, DONE, CANCELLED), or null
   */
  record PlannedAction(
      String plan,
      String goal,
      String title,
      String description,
      LocalDate startsOn,
      LocalDate endsOn,
      String status) {}

  /**
   * The activities of the action plans covering the day that serve a goal with an indicator read
   * from the survey, grouped by goal in the plans' order.
   */
  List<PlannedAction> forSurvey(String surveyCode, LocalDate day);
}
