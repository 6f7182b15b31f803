package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/** Scoring as of a past day sees only what the calendar says was published by then. */
class IndicatorDataTest {

  private static final IndicatorData DATA =
      new IndicatorData(
          Measurements.yearly(Map.of(2019, 10.0, 2020, 11.0)),
          Map.of("3002", Measurements.yearly(Map.of(2019, 5.0, 2020, 6.0))));

  @Test
  void kostraFiguresForAYearAreOutOnFifteenMarchTheYearAfter() {
    IndicatorData dayBefore = DATA.publishedBy(new Schedule.Kostra(), LocalDate.of(2021, 3, 14));
    IndicatorData thatDay = DATA.publishedBy(new Schedule.Kostra(), LocalDate.of(2021, 3, 15));

    assertEquals(List.of(Period.year(2019)), periods(dayBefore.own()));
    assertEquals(List.of(Period.year(2019)), periods(dayBefore.comparison("3002")));
    assertEquals(List.of(Period.year(2019), Period.year(2020)), periods(thatDay.own()));
  }

  @Test
  void figuresWithoutAKnownPublicationDayAreKept() {
    IndicatorData unscheduled =
        DATA.publishedBy(new Schedule.Unscheduled(), LocalDate.of(2000, 1, 1));

    assertEquals(2, unscheduled.own().all().size());
  }

  private static List<Period> periods(Measurements m) {
    return m.all().stream().map(Measurement::period).toList();
  }
}
