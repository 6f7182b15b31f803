package org.barometer.goals.domain;

import static org.barometer.goals.domain.Fixtures.official;
import static org.barometer.goals.domain.Fixtures.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.barometer.shared.Country;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final Municipality SANDEFJORD = new Municipality("3907", "Sandefjord", Country.NO);

  private static Indicator withDue(String id, Integer due) {
    Indicator i = official(new Target.ImproveEveryPeriod(), null, due);
    return new Indicator(
        id,
        i.name(),
        i.source(),
        i.direction(),
        i.unit(),
        i.baseline(),
        i.target(),
        i.due(),
        i.schedule());
  }

  @Test
  void aCopyStartsTheNextPeriodWithTheSameGoals() {
    Goal g =
        new Goal(
            "g", "Goal", "", List.of(withDue("a", 2026), withDue("b", 2025)), List.of(), List.of());
    Plan plan =
        new Plan("p-2023-2026", SANDEFJORD, "Plan", PlanPeriod.between(2023, 2026), List.of(g));
    Plan next = plan.copyForNextPeriod("p-2027-2030", "Plan 2027–2030");
    assertEquals(PlanPeriod.between(2027, 2030), next.period());
    assertEquals(List.of("a", "b"), next.allIndicators().stream().map(Indicator::id).toList());
    // a deadline at the old plan's end follows the new plan; an own earlier deadline stays
    assertEquals(OptionalInt.empty(), next.indicator("a").orElseThrow().due());
    assertEquals(OptionalInt.of(2025), next.indicator("b").orElseThrow().due());
    assertEquals(PlanPeriod.until(2034), PlanPeriod.until(2030).next());
  }

  @Test
  void idsMustBeUniqueAndPeriodsReadable() {
    Goal g =
        new Goal("g", "Goal", "", List.of(withDue("a", null), withDue("a", null)), List.of(), null);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Plan("p", SANDEFJORD, "Plan", PlanPeriod.until(2030), List.of(g)));
    assertEquals(PlanPeriod.until(2030), PlanPeriod.parse("to 2030"));
    assertEquals(PlanPeriod.between(2023, 2026), PlanPeriod.parse("2023–2026"));
    assertThrows(IllegalArgumentException.class, () -> PlanPeriod.parse("2030"));
  }

  @Test
  void aSurveyFigureOnlyFailsStableOrImproveOnASignificantFall() {
    // 70 (se 1) → 68.5 (se 1): z = −1.5/√2 = −1.061, p = 0.289 → no significant fall → achieved
    // 70 (se 1) → 66 (se 1): z = −4/√2 = −2.828, p = 0.0047 → significant fall → off track
    Indicator i =
        Fixtures.indicator(
            Fixtures.SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.StableOrImprove(0),
            null,
            null,
            Fixtures.SURVEY_EVERY_THIRD_YEAR);
    LocalDate asOf = LocalDate.of(2023, 1, 1);
    Assessment small =
        IndicatorScorer.score(
            i,
            Fixtures.PLAN_2023_2026,
            Fixtures.data(
                Measurements.of(List.of(survey(2019, 70, 1, 80), survey(2022, 68.5, 1, 80)))),
            asOf);
    assertEquals(Status.ACHIEVED, small.status());
    assertTrue(small.explanation().english().contains("no significant fall"));
    Assessment big =
        IndicatorScorer.score(
            i,
            Fixtures.PLAN_2023_2026,
            Fixtures.data(
                Measurements.of(List.of(survey(2019, 70, 1, 80), survey(2022, 66, 1, 80)))),
            asOf);
    assertEquals(Status.OFF_TRACK, big.status());
    // 2Φ(−2.828427) = 0.004678
    assertEquals(0.004678, big.evidence().change().orElseThrow().pValue().getAsDouble(), 1e-6);
  }
}
