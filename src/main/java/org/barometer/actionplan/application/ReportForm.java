package org.barometer.actionplan.application;

import org.barometer.actionplan.domain.ActivityStatus;

/**
 * An owner's report on one of their activities in a round. Cause and recommended action are
 * required for yellow and red.
 */
public record ReportForm(
    Long activityId, ActivityStatus status, String cause, String recommendedAction, String note) {}
