package org.barometer.actionplan.application;

import java.time.LocalDate;

/**
 * An action plan to create. Left out, the period is the calendar year (of the day given, else of
 * today) and the title "Handlingsplan" and the year, as Norwegian and Swedish offices both write
 * it.
 */
public record NewActionPlan(String title, LocalDate startsOn, LocalDate endsOn) {}
