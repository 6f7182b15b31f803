package org.barometer.report.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The report's port to the dialogue with businesses: what the meeting records say about a year,
 * counted. The meeting feature's application services answer it through an adapter; no person's
 * name ever crosses it.
 */
public interface DialogueSummary {

  /** A meeting held (not cancelled, ended by the day). */
  record HeldMeeting(long id, LocalDate day, String title, int businessesAttending) {}

  /**
   * A business that took part in a meeting of the year, by its industry section (A–U) and size band
   * (0-4, 5-19, 20-99, 100+); a business not in the register has both empty.
   */
  record TakingPart(String industry, String size) {}

  /** A follow-up point from a meeting of the year and its status now (OPEN, DONE, DROPPED). */
  record FollowUpPoint(String text, long meetingId, LocalDate dueOn, String status) {}

  /**
   * The meetings of a plan's dialogue held in {@code day}'s calendar year up to and including the
   * day: those of a forum that serves one of the plan's goals, and those whose follow-up points
   * name one.
   */
  List<HeldMeeting> meetingsHeld(String planId, LocalDate day);

  /** Each business taking part in those meetings, once. */
  List<TakingPart> businessesTakingPart(String planId, LocalDate day);

  /** The follow-up points agreed at those meetings. */
  List<FollowUpPoint> followUps(String planId, LocalDate day);
}
