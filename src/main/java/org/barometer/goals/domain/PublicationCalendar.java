package org.barometer.goals.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.barometer.shared.Period;

/**
 * Knows when each source publishes, so the scorer can tell "awaiting publication" (the figure is
 * not out yet; nobody has failed) from "not measured yet" (it should be out, or the indicator has
 * no figures at all). Dates follow the offices' usual calendars; a municipality's plan file can
 * give its own.
 */
public final class PublicationCalendar {

  /** KOSTRA's unrevised release: 15 March of the following year. */
  public static final MonthDay KOSTRA_UNREVISED = MonthDay.of(3, 15);

  /** KOSTRA's revised release: 15 June of the following year. */
  public static final MonthDay KOSTRA_REVISED = MonthDay.of(6, 15);

  /**
   * Months after a period has ended before an official figure whose source has no known calendar
   * can be out: a year's statistic counts from 1 April of the year after at the earliest. No office
   * publishes a yearly register statistic sooner (SSB's earliest, KOSTRA, is 15 March).
   */
  public static final int DEFAULT_STATISTICS_LAG_MONTHS = 3;

  private PublicationCalendar() {}

  /**
   * The first day a figure can be known, which decides whether scoring as of a day may see it:
   *
   * <ol>
   *   <li>its own publication day when it carries one (an entered rank, a survey cycle's closing
   *       day);
   *   <li>else the indicator's calendar ({@code publishes:}), but never before the period has ended
   *       (a survey's cycle counts from its closing day: the cycle is its period);
   *   <li>else a default by kind of source: an official or derived figure {@value
   *       #DEFAULT_STATISTICS_LAG_MONTHS} months after its period has ended, a survey figure or a
   *       rank the day after its period has ended.
   * </ol>
   */
  public static LocalDate knownFrom(Indicator indicator, Measurement m) {
    return m.published().orElseGet(() -> earliest(indicator, m.period()));
  }

  /**
   * The first day the figure for a period can be out by the indicator's calendar, else by the
   * default for its kind of source (rules 2 and 3 of {@link #knownFrom}).
   */
  public static LocalDate earliest(Indicator indicator, Period period) {
    LocalDate afterEnd = period.endDate().plusDays(1);
    Schedule schedule = indicator.schedule();
    Optional<LocalDate> scheduled = publication(schedule, period);
    if (scheduled.isPresent()) {
      return schedule instanceof Schedule.SurveyCycles || scheduled.get().isAfter(afterEnd)
          ? scheduled.get()
          : afterEnd;
    }
    IndicatorSource source = indicator.source();
    if (source instanceof IndicatorSource.SurveyItem
        || source instanceof IndicatorSource.PublishedRanking
        || source instanceof IndicatorSource.DialogueCount) {
      return afterEnd;
    }
    return afterEnd.plusMonths(DEFAULT_STATISTICS_LAG_MONTHS);
  }

  /**
   * The date the figure for a year is published; empty when unknown (unscheduled) or when the
   * survey has no cycle that year.
   */
  public static Optional<LocalDate> publication(Schedule schedule, Period period) {
    int year = period.year();
    if (schedule instanceof Schedule.Kostra) {
      return Optional.of(KOSTRA_UNREVISED.atYear(year + 1));
    } else if (schedule instanceof Schedule.Annual a) {
      return Optional.of(a.day().atYear(year + a.lagYears()));
    } else if (schedule instanceof Schedule.SurveyCycles s) {
      return s.years().contains(year) ? Optional.of(s.closes().atYear(year)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The date KOSTRA's revised figure for a year replaces the unrevised one. */
  public static LocalDate kostraRevised(Period period) {
    return KOSTRA_REVISED.atYear(period.year() + 1);
  }

  /**
   * The first period after {@code after} whose figure is not published by {@code asOf}, with its
   * date; empty when it is unscheduled, or the survey has no later cycle. This is the figure the
   * office is waiting for.
   *
   * @param after the last period with a figure (or the baseline); the next yearly period is asked
   */
  public static Optional<Awaited> awaited(Schedule schedule, Period after, LocalDate asOf) {
    Period p = after;
    for (int i = 0; i < 50; i++) {
      p = nextOf(schedule, p);
      if (p == null) {
        return Optional.empty();
      }
      Optional<LocalDate> date = publication(schedule, p);
      if (date.isEmpty()) {
        return Optional.empty();
      }
      if (date.get().isAfter(asOf)) {
        return Optional.of(new Awaited(p, date.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The latest period whose figure should be out by {@code asOf}, at or after {@code from}; empty
   * when none is due yet (or the calendar is unknown).
   */
  public static Optional<Period> latestDue(Schedule schedule, Period from, LocalDate asOf) {
    Period latest = null;
    Period p = from;
    for (int i = 0; i < 200 && p != null; i++) {
      Optional<LocalDate> date = publication(schedule, p);
      if (date.isPresent() && date.get().isAfter(asOf)) {
        break;
      }
      if (date.isPresent()) {
        latest = p;
      }
      p = nextOf(schedule, p);
    }
    return Optional.ofNullable(latest);
  }

  static Period nextOf(Schedule schedule, Period p) {
    if (schedule instanceof Schedule.SurveyCycles s) {
      return s.years().stream()
          .filter(y -> y > p.year())
          .findFirst()
          .map(Period::year)
          .orElse(null);
    }
    return schedule instanceof Schedule.Unscheduled ? null : p.next();
  }

  /** A figure not yet published: its period and the date it is expected. */
  public record Awaited(Period period, LocalDate expected) {}
}
