package org.barometer.goals.application;

import java.time.LocalDate;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanScore;

/**
 * A plan scored on a day: every indicator's assessment and every goal's status.
 *
 * @param plan the plan
 * @param score the assessments
 * @param asOf the day it was scored for (what was published by then)
 */
public record Scorecard(Plan plan, PlanScore score, LocalDate asOf) {}
