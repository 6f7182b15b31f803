package org.barometer.actionplan.application;

import java.time.Instant;

/**
 * One status report on an activity.
 *
 * @param status GREEN, YELLOW, RED, DONE or CANCELLED
 * @param cause the cause of a deviation (always there for YELLOW and RED), or null
 * @param recommendedAction what the reporter recommends (always there for YELLOW and RED), or null
 * @param roundId the status round it answered, or null for a report outside a round
 */
public record ReportView(
    long id,
    String status,
    String cause,
    String recommendedAction,
    String note,
    String reporter,
    Instant reportedAt,
    Long roundId) {}
