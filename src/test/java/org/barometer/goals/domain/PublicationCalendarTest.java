package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

class PublicationCalendarTest {

  @Test
  void kostraPublishesUnrevisedOn15MarchAndRevisedOn15JuneOfTheNextYear() {
    assertEquals(
        LocalDate.of(2025, 3, 15),
        PublicationCalendar.publication(new Schedule.Kostra(), Period.year(2024)).orElseThrow());
    assertEquals(LocalDate.of(2025, 6, 15), PublicationCalendar.kostraRevised(Period.year(2024)));
  }

  @Test
  void theAwaitedFigureIsTheFirstNotYetOut() {
    // as of 1 March 2025 the 2023 figure is out (15 March 2024), 2024's is not
    PublicationCalendar.Awaited a =
        PublicationCalendar.awaited(
                new Schedule.Kostra(), Period.year(2023), LocalDate.of(2025, 3, 1))
            .orElseThrow();
    assertEquals(Period.year(2024), a.period());
    assertEquals(LocalDate.of(2025, 3, 15), a.expected());
  }

  @Test
  void aSurveyPublishesWhenItsCycleCloses() {
    Schedule s = new Schedule.SurveyCycles(List.of(2019, 2022, 2025), MonthDay.of(11, 30));
    assertEquals(
        LocalDate.of(2025, 11, 30),
        PublicationCalendar.awaited(s, Period.year(2022), LocalDate.of(2024, 1, 1))
            .orElseThrow()
            .expected());
    assertTrue(PublicationCalendar.publication(s, Period.year(2023)).isEmpty());
    assertEquals(
        Period.year(2022),
        PublicationCalendar.latestDue(s, Period.year(2019), LocalDate.of(2024, 1, 1))
            .orElseThrow());
  }

  @Test
  void anAnnualReleaseWithALag() {
    Schedule s = new Schedule.Annual(MonthDay.of(6, 1), 1);
    assertEquals(
        LocalDate.of(2024, 6, 1),
        PublicationCalendar.publication(s, Period.year(2023)).orElseThrow());
    assertTrue(
        PublicationCalendar.awaited(new Schedule.Unscheduled(), Period.year(2023), LocalDate.now())
            .isEmpty());
  }
}
