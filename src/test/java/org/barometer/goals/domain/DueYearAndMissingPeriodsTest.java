package org.barometer.goals.domain;

import static org.barometer.goals.domain.Fixtures.KOSTRA;
import static org.barometer.goals.domain.Fixtures.NM;
import static org.barometer.goals.domain.Fixtures.SATISFACTION;
import static org.barometer.goals.domain.Fixtures.data;
import static org.barometer.goals.domain.Fixtures.indicator;
import static org.barometer.goals.domain.Fixtures.official;
import static org.barometer.goals.domain.Fixtures.survey;
import static org.barometer.goals.domain.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/**
 * A finished plan is judged on the figure for its due year, later figures are shown as later; a
 * figure that is due and not there is overdue, and a rule about every period names the periods
 * missing instead of skipping them. Every expected status and date is worked out by hand in the
 * comments.
 */
class DueYearAndMissingPeriodsTest {

  private static final PlanPeriod PLAN_2016_2022 = PlanPeriod.between(2016, 2022);

  // ---- point 2: the due year decides

  @Test
  void aRankTargetDueIn2022IsJudgedOnThe2022RankNotALaterOne() {
    // Södertälje: top 5 due 2022; rank 22 in 2022 (published October 2022), 24 in 2025
    Indicator i =
        indicator(
            NM,
            Direction.LOWER_IS_BETTER,
            new Target.Rank(OptionalInt.of(5), false),
            null,
            2022,
            new Schedule.Unscheduled());
    IndicatorData d =
        data(
            Measurements.of(
                List.of(
                    Measurement.rank(Period.year(2022), 22, "SN 2022", LocalDate.of(2022, 10, 1)),
                    Measurement.rank(
                        Period.year(2025), 24, "SN 2025", LocalDate.of(2025, 10, 1)))));
    Assessment a = IndicatorScorer.score(i, PLAN_2016_2022, d, LocalDate.of(2026, 12, 4));

    assertEquals(Status.OFF_TRACK, a.status());
    assertEquals(Optional.of(Period.year(2022)), a.period());
    assertEquals(22, a.evidence().latest().orElseThrow().value(), 0);
    assertEquals(
        List.of(Period.year(2025)), a.evidence().later().stream().map(m -> m.period()).toList());
    assertEquals(
        "Rank 22 in 2022 is outside the top 5; the target was due 2022. Later figures, not the"
            + " verdict (the target was due 2022): 24 in 2025.",
        a.explanation().english());
  }

  @Test
  void aTargetMetInItsDueYearStaysMetWhenALaterFigureFalls() {
    // at least 90, due 2022: 91 in 2022 meets it; 85 in 2024 is later, not the verdict
    Indicator i = official(new Target.Threshold(90), null, 2022);
    Assessment a =
        IndicatorScorer.score(
            i,
            PLAN_2016_2022,
            data(yearly(2021, 88, 2022, 91, 2024, 85)),
            LocalDate.of(2025, 6, 1));
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(Optional.of(Period.year(2022)), a.period());
  }

  @Test
  void afterTheDueYearWithItsFigureOverdueTheLatestBeforeItDecidesWithoutProjection() {
    // at least 90 due 2022, KOSTRA: 2022's figure was due 15 March 2023 and is not there; as of
    // 1 June 2024 the 2021 figure 89 is the latest published by then → missed, off track (a
    // projection of 87, 89 would have said 91 in 2022: on track)
    Indicator i = official(new Target.Threshold(90), null, 2022);
    Assessment a =
        IndicatorScorer.score(
            i, PLAN_2016_2022, data(yearly(2020, 87, 2021, 89)), LocalDate.of(2024, 6, 1));
    assertEquals(Status.OFF_TRACK, a.status());
    assertEquals(
        List.of(new PublicationCalendar.Awaited(Period.year(2022), LocalDate.of(2023, 3, 15))),
        a.evidence().overdue());
    assertTrue(
        a.explanation().english().endsWith("Overdue: 2022 (due 15 March 2023)."),
        a.explanation().english());
  }

  @Test
  void whileTheDueYearsFigureIsAwaitedTheTrendStillDecides() {
    // as of 1 February 2023, 2022's KOSTRA figure is expected 15 March 2023: 87, 89 → 91 in 2022
    // by the line through two points (no interval) → on track, and 2022 is awaited, not overdue
    Indicator i = official(new Target.Threshold(90), null, 2022);
    Assessment a =
        IndicatorScorer.score(
            i, PLAN_2016_2022, data(yearly(2020, 87, 2021, 89)), LocalDate.of(2023, 2, 1));
    assertEquals(Status.ON_TRACK, a.status());
    assertEquals(Period.year(2022), a.evidence().awaited().orElseThrow().period());
    assertEquals(List.of(), a.evidence().overdue());
  }

  @Test
  void nothingIsAwaitedAfterTheDueYear() {
    // 2022's figure is there; 2023's (due 15 March 2024) is not needed by a target due 2022
    Indicator i = official(new Target.Threshold(90), null, 2022);
    Assessment a =
        IndicatorScorer.score(
            i, PLAN_2016_2022, data(yearly(2021, 88, 2022, 91)), LocalDate.of(2023, 6, 1));
    assertEquals(Optional.empty(), a.evidence().awaited());
  }

  // ---- point 3: missing cycles and overdue figures

  /** Drammen: a yearly survey 2023–2030 closing 30 November. */
  private static final Schedule YEARLY_SURVEY =
      new Schedule.SurveyCycles(
          List.of(2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030), MonthDay.of(11, 30));

  @Test
  void yearlyImprovementIsNotJudgedAcrossMissingCyclesAndTheOverdueOneIsNamed() {
    // cycles ran in 2022 and 2025 only; as of 4 December 2026 the calendar expected 2023, 2024,
    // 2025 and 2026 (closed 30 November 2026). 2022 → 2025 is no "yearly" improvement: 2023, 2024
    // and 2026 are missing, 2026 overdue, and 2027 is the next expected (30 November 2027)
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            YEARLY_SURVEY);
    IndicatorData d =
        data(Measurements.of(List.of(survey(2022, 60, 1, 200), survey(2025, 66, 1, 200))));
    Assessment a = IndicatorScorer.score(i, PlanPeriod.until(2030), d, LocalDate.of(2026, 12, 4));

    assertEquals(Status.NOT_MEASURED_YET, a.status());
    assertEquals(
        List.of(Period.year(2023), Period.year(2024), Period.year(2026)),
        a.evidence().missing().stream().map(PublicationCalendar.Awaited::period).toList());
    assertEquals(
        List.of(new PublicationCalendar.Awaited(Period.year(2026), LocalDate.of(2026, 11, 30))),
        a.evidence().overdue());
    assertEquals(
        new PublicationCalendar.Awaited(Period.year(2027), LocalDate.of(2027, 11, 30)),
        a.evidence().awaited().orElseThrow());
    assertEquals(
        "Missing: 2023 (due 30 November 2023), 2024 (due 30 November 2024), 2026 (due 30 November"
            + " 2026). A rule about every period cannot skip one, so there is no verdict.",
        a.explanation().english());
  }

  @Test
  void stableOrImproveAlsoNamesTheMissingPeriodBefore() {
    // yearly KOSTRA figures 2021 and 2023; as of 1 June 2024 the 2022 figure (15 March 2023) is
    // missing, so 2023 has nothing to be compared with
    Indicator i = official(new Target.StableOrImprove(0), null, null);
    Assessment a =
        IndicatorScorer.score(
            i,
            PlanPeriod.between(2021, 2026),
            data(yearly(2021, 3.0, 2023, 3.1)),
            LocalDate.of(2024, 6, 1));
    assertEquals(Status.NOT_MEASURED_YET, a.status());
    assertEquals(
        List.of(new PublicationCalendar.Awaited(Period.year(2022), LocalDate.of(2023, 3, 15))),
        a.evidence().missing());
  }

  @Test
  void anEarlierGapIsNamedBesideTheVerdictOnTheLatestTwoPeriods() {
    // plan 2021–2026, KOSTRA; figures 2021, 2023, 2024: 2024 vs 2023 improved (52 > 51), and
    // 2022 (due 15 March 2023) is named as missing
    Indicator i = official(new Target.ImproveEveryPeriod(), null, null);
    Assessment a =
        IndicatorScorer.score(
            i,
            PlanPeriod.between(2021, 2026),
            data(yearly(2021, 50, 2023, 51, 2024, 52)),
            LocalDate.of(2025, 6, 1));
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(
        "Improved from 51 in 2023 to 52 in 2024 (+1). Missing earlier: 2022 (due 15 March 2023).",
        a.explanation().english());
  }

  @Test
  void aLevelTargetKeepsItsVerdictAndSaysWhichFigureIsOverdue() {
    // at least 40 (KOSTRA), 45 in 2023; as of 1 June 2025 the 2024 figure (15 March 2025) is
    // overdue: 45 still meets the target, and the sentence says 2024 is overdue
    Indicator i =
        indicator(
            Fixtures.JOBS,
            Direction.HIGHER_IS_BETTER,
            new Target.Threshold(40),
            null,
            null,
            KOSTRA);
    Assessment a =
        IndicatorScorer.score(
            i, PlanPeriod.between(2023, 2026), data(yearly(2023, 45)), LocalDate.of(2025, 6, 1));
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(
        "45 in 2023 meets the target of at least 40. Overdue: 2024 (due 15 March 2025).",
        a.explanation().english());
  }

  @Test
  void aRankIsWrittenWithTheSizeOfItsField() {
    // rank 3 of the 10 in KOSTRA group 11, top 5 → achieved
    Indicator i =
        indicator(
            NM,
            Direction.LOWER_IS_BETTER,
            new Target.Rank(OptionalInt.of(5), false),
            null,
            null,
            new Schedule.Unscheduled());
    IndicatorData d =
        data(
            Measurements.of(
                List.of(
                    Measurement.rank(
                        Period.year(2024), 3, "NM 2024", LocalDate.of(2024, 6, 20), 10))));
    Assessment a =
        IndicatorScorer.score(i, PlanPeriod.between(2023, 2026), d, LocalDate.of(2024, 7, 1));
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals("Rank 3 of 10 in 2024 is within the top 5.", a.explanation().english());
  }

  @Test
  void aFinishedPlansMissingDueYearIsNamedOnceBesideTheLaterFigures() {
    // improve every period, plan 2019–2022, KOSTRA: figures 2019, 2020, 2021 and 2024; as of 1 June
    // 2025 the 2022 figure (due 15 March 2023) is missing: no verdict, 2022 named once, 2024 later
    Indicator i = official(new Target.ImproveEveryPeriod(), null, null);
    Assessment a =
        IndicatorScorer.score(
            i,
            PlanPeriod.between(2019, 2022),
            data(yearly(2019, 50, 2020, 51, 2021, 52, 2024, 53)),
            LocalDate.of(2025, 6, 1));
    assertEquals(Status.NOT_MEASURED_YET, a.status());
    assertEquals(
        "Missing: 2022 (due 15 March 2023). A rule about every period cannot skip one, so there is"
            + " no verdict. Later figures, not the verdict (the target was due 2022): 53 in 2024.",
        a.explanation().english());
  }
}
