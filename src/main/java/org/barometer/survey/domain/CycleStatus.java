package org.barometer.survey.domain;

/** A cycle is prepared as a draft, open while businesses answer, and closed for good. */
public enum CycleStatus {
  DRAFT,
  OPEN,
  CLOSED
}
