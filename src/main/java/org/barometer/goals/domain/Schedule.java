package org.barometer.goals.domain;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * When a source publishes the figure for a period, so that a figure not yet published is awaited,
 * never called missing. See {@link PublicationCalendar}.
 */
public sealed interface Schedule
    permits Schedule.Kostra, Schedule.Annual, Schedule.SurveyCycles, Schedule.Unscheduled {

  /**
   * KOSTRA: a year's figures are published unrevised on 15 March and revised on 15 June of the
   * following year (SSB). The unrevised figure counts as published.
   */
  record Kostra() implements Schedule {}

  /**
   * A yearly release: the figure for year Y is published on {@code day} of year Y + {@code
   * lagYears} (SSB's register-based employment for Y is out in spring of Y + 1).
   */
  record Annual(MonthDay day, int lagYears) implements Schedule {
    public Annual {
      Objects.requireNonNull(day, "day");
      if (lagYears < 0 || lagYears > 5) {
        throw new IllegalArgumentException("A publication lag must be 0–5 years, was " + lagYears);
      }
    }
  }

  /**
   * The office's own survey: a cycle's figure exists when the cycle closes, on {@code closes} of
   * its year (Sandefjord: autumn 2019, 2022, 2025).
   *
   * @param years the cycles' years, ascending
   */
  record SurveyCycles(List<Integer> years, MonthDay closes) implements Schedule {
    public SurveyCycles {
      years = List.copyOf(years);
      Objects.requireNonNull(closes, "closes");
      for (int i = 1; i < years.size(); i++) {
        if (years.get(i) <= years.get(i - 1)) {
          throw new IllegalArgumentException("Survey years must be ascending: " + years);
        }
      }
    }
  }

  /** No known calendar (a ranking published when its publisher chooses). */
  record Unscheduled() implements Schedule {}
}
