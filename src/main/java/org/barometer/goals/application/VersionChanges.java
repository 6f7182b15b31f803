package org.barometer.goals.application;

import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanChanges;
import org.barometer.goals.domain.PlanVersion;

/**
 * What changed from one version of a plan to another.
 *
 * @param from the older version (or whichever was asked first)
 * @param to the other version
 * @param before the plan as {@code from} has it
 * @param after the plan as {@code to} has it
 */
public record VersionChanges(
    PlanVersion from, PlanVersion to, Plan before, Plan after, PlanChanges changes) {}
