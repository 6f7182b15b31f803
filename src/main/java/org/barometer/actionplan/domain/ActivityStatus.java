package org.barometer.actionplan.domain;

/**
 * Where an activity stands, as Södertälje's December report to the municipal board colours it. A
 * yellow or red status must say why and what to do about it ({@link #needsExplanation}).
 */
public enum ActivityStatus {
  /** On plan. */
  GREEN,
  /** At risk. */
  YELLOW,
  /** A deviation from the plan. */
  RED,
  DONE,
  CANCELLED;

  /** Whether a report of this status must give a cause and a recommended action. */
  public boolean needsExplanation() {
    return this == YELLOW || this == RED;
  }

  /** Whether the work is over, so that no later round asks about it. */
  public boolean isFinal() {
    return this == DONE || this == CANCELLED;
  }
}
