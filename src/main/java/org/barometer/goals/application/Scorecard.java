package org.barometer.goals.application;

import java.time.LocalDate;
import java.util.Objects;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanScore;
import org.barometer.goals.domain.PlanVersion;

/**
 * A plan scored on a day: every indicator's assessment and every goal's status.
 *
 * @param plan the plan, as the version in force on that day has it
 * @param score the assessments
 * @param asOf the day it was scored for (what was published by then)
 * @param version the version of the plan scored
 */
public record Scorecard(Plan plan, PlanScore score, LocalDate asOf, PlanVersion version) {
  public Scorecard {
    Objects.requireNonNull(version, "version");
  }
}
