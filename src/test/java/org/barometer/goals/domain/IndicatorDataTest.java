package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/**
 * Scoring as of a past day sees only what could be known by then: the figure's own publication day,
 * else the indicator's calendar (never before the period has ended), else the default for its kind
 * of source. The dates are worked out by hand from the rule in PublicationCalendar.knownFrom.
 */
class IndicatorDataTest {

  private static final IndicatorData DATA =
      new IndicatorData(
          Measurements.yearly(Map.of(2019, 10.0, 2020, 11.0)),
          Map.of("3002", Measurements.yearly(Map.of(2019, 5.0, 2020, 6.0))));

  private static Indicator series(Schedule schedule) {
    return Fixtures.indicator(
        Fixtures.JOBS, Direction.HIGHER_IS_BETTER, new Target.Threshold(1), null, null, schedule);
  }

  @Test
  void kostraFiguresForAYearAreOutOnFifteenMarchTheYearAfter() {
    Indicator kostra = series(new Schedule.Kostra());
    IndicatorData dayBefore = DATA.publishedBy(kostra, LocalDate.of(2021, 3, 14));
    IndicatorData thatDay = DATA.publishedBy(kostra, LocalDate.of(2021, 3, 15));

    assertEquals(List.of(Period.year(2019)), periods(dayBefore.own()));
    assertEquals(List.of(Period.year(2019)), periods(dayBefore.comparison("3002")));
    assertEquals(List.of(Period.year(2019), Period.year(2020)), periods(thatDay.own()));
  }

  @Test
  void anOfficialFigureWithoutACalendarIsNotOutBeforeItsYearHasEndedPlusThreeMonths() {
    // 2020 has ended on 31 December 2020; + 3 months: 1 April 2021 at the earliest
    Indicator unscheduled = series(new Schedule.Unscheduled());
    assertEquals(
        List.of(Period.year(2019)),
        periods(DATA.publishedBy(unscheduled, LocalDate.of(2021, 3, 31)).own()));
    assertEquals(2, DATA.publishedBy(unscheduled, LocalDate.of(2021, 4, 1)).own().all().size());
    // the day the issue reported: as of 15 January 2023, a series 2012–2025 shows 2021 at most
    // (2022 is out on 1 April 2023 at the earliest)
    Map<Integer, Double> years = new java.util.TreeMap<>();
    for (int y = 2012; y <= 2025; y++) {
      years.put(y, 100.0 + y);
    }
    IndicatorData long_ = IndicatorData.of(Measurements.yearly(years));
    List<Period> seen = periods(long_.publishedBy(unscheduled, LocalDate.of(2023, 1, 15)).own());
    assertEquals(Period.year(2021), seen.get(seen.size() - 1));
  }

  @Test
  void aCalendarNeverPublishesAPeriodBeforeItHasEnded() {
    // "published 1 June of the same year" cannot be: 2020 is out on 1 January 2021 at the earliest
    Indicator early = series(new Schedule.Annual(MonthDay.of(6, 1), 0));
    assertEquals(
        List.of(Period.year(2019)),
        periods(DATA.publishedBy(early, LocalDate.of(2020, 12, 31)).own()));
    assertEquals(2, DATA.publishedBy(early, LocalDate.of(2021, 1, 1)).own().all().size());
  }

  @Test
  void aFiguresOwnPublicationDayWinsOverTheCalendar() {
    // a rank for 2020 entered as published on 20 June 2021; the survey calendar would say never
    Indicator rank =
        Fixtures.indicator(
            Fixtures.NM,
            Direction.LOWER_IS_BETTER,
            new Target.Rank(java.util.OptionalInt.of(5), false),
            null,
            null,
            new Schedule.Unscheduled());
    IndicatorData ranks =
        IndicatorData.of(
            Measurements.of(
                List.of(Measurement.rank(Period.year(2020), 4, "NM", LocalDate.of(2021, 6, 20)))));
    assertEquals(0, ranks.publishedBy(rank, LocalDate.of(2021, 6, 19)).own().all().size());
    assertEquals(1, ranks.publishedBy(rank, LocalDate.of(2021, 6, 20)).own().all().size());
  }

  @Test
  void aSurveyCycleCountsFromItsClosingDay() {
    // cycles 2019, 2022, 2025 closing 30 November: the 2025 figure is out on 30 November 2025
    Indicator survey =
        Fixtures.indicator(
            Fixtures.SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            Fixtures.SURVEY_EVERY_THIRD_YEAR);
    IndicatorData d =
        IndicatorData.of(
            Measurements.of(
                List.of(Fixtures.survey(2022, 60, 1, 100), Fixtures.survey(2025, 62, 1, 100))));
    assertEquals(1, d.publishedBy(survey, LocalDate.of(2025, 11, 29)).own().all().size());
    assertEquals(2, d.publishedBy(survey, LocalDate.of(2025, 11, 30)).own().all().size());
    // without a calendar: the day after its year has ended
    Indicator unscheduled =
        Fixtures.indicator(
            Fixtures.SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            new Schedule.Unscheduled());
    assertEquals(1, d.publishedBy(unscheduled, LocalDate.of(2025, 12, 31)).own().all().size());
    assertEquals(2, d.publishedBy(unscheduled, LocalDate.of(2026, 1, 1)).own().all().size());
  }

  @Test
  void thePlanScorerFiltersWhateverTheLookupGives() {
    // a lookup that hands over a figure for 2025 when scoring as of 2023-01-15 (Sandefjord's case)
    Indicator i = series(new Schedule.Unscheduled());
    Goal g = new Goal("g", "goal", "", List.of(i), List.of(), List.of());
    Plan plan =
        new Plan(
            "p",
            new Municipality("3907", "Sandefjord", org.barometer.shared.Country.NO),
            "plan",
            Fixtures.PLAN_2023_2026,
            List.of(g));
    IndicatorData d = IndicatorData.of(Fixtures.yearly(2021, 150.0, 2025, 155.3));
    PlanScore score =
        PlanScorer.score(plan, MeasurementLookup.of(Map.of("i", d)), LocalDate.of(2023, 1, 15));
    assertEquals(Optional.of(Period.year(2021)), score.indicator("i").period());
  }

  private static List<Period> periods(Measurements m) {
    return m.all().stream().map(Measurement::period).toList();
  }
}
