package org.barometer.actionplan.application;

import java.time.LocalDate;
import java.util.Map;

/**
 * An action plan as lists show it.
 *
 * @param activities how many activities it has
 * @param statusCounts how many activities have each latest status (GREEN, YELLOW, RED, DONE,
 *     CANCELLED, and NONE for those not yet reported on)
 */
public record ActionPlanSummary(
    long id,
    String planId,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    int activities,
    Map<String, Integer> statusCounts) {}
