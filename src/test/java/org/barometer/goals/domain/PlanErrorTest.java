package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Country;
import org.junit.jupiter.api.Test;

/**
 * A plan naming what does not exist is an error in the plan, reported on the indicator that names
 * it; the other indicators are scored as usual, and the error never reads as "not measured yet".
 */
class PlanErrorTest {

  @Test
  void anIndicatorNamingWhatDoesNotExistIsAPlanErrorAndTheOthersAreScored() {
    Indicator wrong =
        new Indicator(
            "wrong",
            "wrong table",
            Fixtures.JOBS,
            Direction.HIGHER_IS_BETTER,
            "",
            null,
            new Target.Threshold(1),
            null,
            new Schedule.Kostra());
    Indicator right =
        new Indicator(
            "right",
            "right table",
            Fixtures.JOBS,
            Direction.HIGHER_IS_BETTER,
            "",
            null,
            new Target.Threshold(40),
            null,
            new Schedule.Kostra());
    Goal g = new Goal("g", "goal", "", List.of(wrong, right), List.of(), List.of());
    Plan plan =
        new Plan(
            "p",
            new Municipality("3907", "Sandefjord", Country.NO),
            "plan",
            Fixtures.PLAN_2023_2026,
            List.of(g));
    Map<String, IndicatorData> figures = Map.of("right", Fixtures.data(Fixtures.yearly(2023, 45)));
    MeasurementLookup lookup =
        i -> {
          if (i.id().equals("wrong")) {
            throw new PlanReferenceException(Phrase.of("goals.error.noTable", "SSB", "13470"));
          }
          return figures.get(i.id());
        };

    PlanScore s = PlanScorer.score(plan, lookup, LocalDate.of(2024, 6, 1));

    assertEquals(Status.PLAN_ERROR, s.indicator("wrong").status());
    assertEquals(
        "Error in the plan: SSB table 13470 is not among the statistics Barometer holds.",
        s.indicator("wrong").explanation().english());
    assertEquals(
        "Feil i planen: SSB-tabell 13470 finnes ikke blant statistikken Barometer har.",
        s.indicator("wrong").explanation().in(java.util.Locale.forLanguageTag("nb")));
    assertEquals(Status.ACHIEVED, s.indicator("right").status());
    // the measured indicator decides the goal; an error alone makes the goal's status an error
    assertEquals(Status.ACHIEVED, s.goal("g"));
    assertEquals(
        Status.PLAN_ERROR, GoalRollup.combine(List.of(Status.PLAN_ERROR, Status.NOT_MEASURED_YET)));
  }
}
