package org.barometer.actionplan.application;

/**
 * A status report as staff write it.
 *
 * @param status green, yellow, red, done or cancelled (any case)
 * @param cause required for yellow and red
 * @param recommendedAction required for yellow and red
 * @param note optional
 */
public record NewReport(String status, String cause, String recommendedAction, String note) {}
