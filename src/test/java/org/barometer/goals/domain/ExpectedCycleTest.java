package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.domain.ExpectedCycle.State;
import org.junit.jupiter.api.Test;

/**
 * Drammen's yearly survey calendar read on 2 December 2026: 2023–2025 were held, 2026 was due on 30
 * November and is not there, 2027 is to come. A second indicator on another survey and one closing
 * earlier in the year change only what they name.
 */
class ExpectedCycleTest {

  private static final String PLAN =
      """
      format: barometer-plan/1
      id: calendar-test
      municipality: {code: "3301", name: Drammen, country: NO}
      title: Kalender
      period: 2023-2030
      goals:
        - id: g
          title: Tilfredshet
          indicators:
            - id: satisfaction
              name: satisfaction
              source: {type: survey, survey: business-climate, index: satisfaction}
              target: {rule: improve_every_period}
              publishes: {calendar: survey, years: [2023, 2024, 2025, 2026, 2027], closes: 11-30}
            - id: image
              name: image
              source: {type: survey, survey: business-climate, index: image}
              target: {rule: improve_every_period}
              publishes: {calendar: survey, years: [2025, 2028], closes: 06-30}
            - id: other
              name: other
              source: {type: survey, survey: service-satisfaction, index: nki}
              target: {rule: improve_every_period}
              publishes: {calendar: survey, years: [2029], closes: 03-31}
      """;

  @Test
  void eachExpectedYearIsHeldRunningOverdueOrToCome() throws Exception {
    Plan plan = new PlanFileReader().read("calendar.yaml", PLAN);
    // 2026 has no cycle; 2027 has one that is open; 2024 is held
    Map<Integer, Boolean> cycles = Map.of(2023, true, 2024, true, 2025, true, 2027, false);

    List<ExpectedCycle> expected =
        ExpectedCycle.of(plan, "business-climate", cycles, LocalDate.of(2026, 12, 2));

    assertEquals(
        List.of(
            new ExpectedCycle(2023, LocalDate.of(2023, 11, 30), State.HELD),
            new ExpectedCycle(2024, LocalDate.of(2024, 11, 30), State.HELD),
            // two calendars name 2025: the earlier day, 30 June, is when it was first expected
            new ExpectedCycle(2025, LocalDate.of(2025, 6, 30), State.HELD),
            new ExpectedCycle(2026, LocalDate.of(2026, 11, 30), State.OVERDUE),
            new ExpectedCycle(2027, LocalDate.of(2027, 11, 30), State.RUNNING),
            new ExpectedCycle(2028, LocalDate.of(2028, 6, 30), State.EXPECTED)),
        expected);
  }

  @Test
  void aCycleIsOverdueOnlyAfterItsDay() throws Exception {
    Plan plan = new PlanFileReader().read("calendar.yaml", PLAN);
    List<ExpectedCycle> onTheDay =
        ExpectedCycle.of(plan, "service-satisfaction", Map.of(), LocalDate.of(2029, 3, 31));
    assertEquals(
        List.of(new ExpectedCycle(2029, LocalDate.of(2029, 3, 31), State.EXPECTED)), onTheDay);
    List<ExpectedCycle> dayAfter =
        ExpectedCycle.of(plan, "service-satisfaction", Map.of(), LocalDate.of(2029, 4, 1));
    assertEquals(State.OVERDUE, dayAfter.get(0).state());
  }
}
