package org.barometer.goals.domain;

import java.util.Objects;

/**
 * The plan names something that does not exist: a survey, a survey's index or question, a
 * statistics table, a measure or a region. That is an error in the plan file, not a figure not yet
 * measured: the scorer reports it on the indicator as {@link Status#PLAN_ERROR} with the reason in
 * words, and goes on with the other indicators.
 */
public class PlanReferenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Phrase reason;

  /**
   * @param reason what the plan names that does not exist, as a phrase of the {@code phrases}
   *     bundle
   */
  public PlanReferenceException(Phrase reason) {
    super(Objects.requireNonNull(reason, "reason").english());
    this.reason = reason;
  }

  public Phrase reason() {
    return reason;
  }
}
