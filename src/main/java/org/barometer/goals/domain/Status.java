package org.barometer.goals.domain;

/**
 * The scorecard's verdict for an indicator or a goal in a period. The order is from best to worst
 * for the assessed statuses; the four last say why there is no verdict.
 */
public enum Status {
  /** The target is met (for a per-period rule: met in this period). */
  ACHIEVED,
  /** Not due yet, and the trend reaches the target by the due year. */
  ON_TRACK,
  /**
   * Not met, but within reach or within the margin of error: the projection's interval reaches the
   * target though its point does not, or a survey change is not statistically significant.
   */
  AT_RISK,
  /** Not met, and the trend does not reach the target; or the due year passed without it. */
  OFF_TRACK,
  /** No figure yet although one could exist: the indicator has never been measured. */
  NOT_MEASURED_YET,
  /** The next figure is not published yet (KOSTRA on 15 March, a survey when its cycle closes). */
  AWAITING_PUBLICATION,
  /** "Ambition set when measurements exist": figures are shown, nothing is scored. */
  NO_TARGET,
  /**
   * The plan names a survey, item, table, measure or region that does not exist ({@link
   * PlanReferenceException}): an error in the plan file, never "not measured yet".
   */
  PLAN_ERROR;

  /** Whether this is a verdict on the target rather than a reason for having none. */
  public boolean isAssessed() {
    return ordinal() <= OFF_TRACK.ordinal();
  }
}
