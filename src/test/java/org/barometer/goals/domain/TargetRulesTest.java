package org.barometer.goals.domain;

import static org.barometer.goals.domain.Fixtures.KOSTRA;
import static org.barometer.goals.domain.Fixtures.NM;
import static org.barometer.goals.domain.Fixtures.PLAN_2023_2026;
import static org.barometer.goals.domain.Fixtures.SATISFACTION;
import static org.barometer.goals.domain.Fixtures.SURVEY_EVERY_THIRD_YEAR;
import static org.barometer.goals.domain.Fixtures.data;
import static org.barometer.goals.domain.Fixtures.indicator;
import static org.barometer.goals.domain.Fixtures.official;
import static org.barometer.goals.domain.Fixtures.survey;
import static org.barometer.goals.domain.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/** Every target rule against hand-worked cases. */
class TargetRulesTest {

  private static final LocalDate LATE_2025 = LocalDate.of(2025, 12, 1);

  /** KOSTRA's 2023 figures are out (15 March 2024), 2024's not yet (15 March 2025). */
  private static final LocalDate LATE_2024 = LocalDate.of(2024, 12, 1);

  /** The survey's 2022 cycle has closed, the 2025 cycle not yet (30 November 2025). */
  private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);

  private static Assessment score(Indicator i, IndicatorData d, LocalDate asOf) {
    return IndicatorScorer.score(i, PLAN_2023_2026, d, asOf);
  }

  // ---- threshold

  @Test
  void thresholdMetIsAchieved() {
    // 91.2 ≥ 90
    Indicator i = official(new Target.Threshold(90), null, null);
    Assessment a = score(i, data(yearly(2024, 91.2)), LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(90, a.evidence().required().getAsDouble(), 0);
    assertEquals("91.2 in 2024 meets the target of at least 90.", a.explanation().english());
  }

  @Test
  void thresholdMissedAtItsDueYearIsOffTrack() {
    // 88 < 90, due 2024
    Indicator i = official(new Target.Threshold(90), null, 2024);
    assertEquals(Status.OFF_TRACK, score(i, data(yearly(2024, 88)), LATE_2025).status());
  }

  @Test
  void thresholdMissedBeforeItsDueYearIsDecidedByTheProjection() {
    // 84, 86, 88 in 2021–2023: b = 2, ŷ(2026) = 86 + 2 × 4 = 94 ≥ 90 → on track
    Indicator rising = official(new Target.Threshold(90), Baseline.at(Period.year(2021)), 2026);
    Assessment a = score(rising, data(yearly(2021, 84, 2022, 86, 2023, 88)), LATE_2025);
    assertEquals(Status.ON_TRACK, a.status());
    assertEquals(94, a.evidence().projection().orElseThrow().value(), 1e-9);
    // 88, 87, 86: b = −1, ŷ(2026) = 87 − 4 = 83; residuals all 0, so the interval is [83, 83] → off
    Assessment falling = score(rising, data(yearly(2021, 88, 2022, 87, 2023, 86)), LATE_2025);
    assertEquals(Status.OFF_TRACK, falling.status());
  }

  @Test
  void surveyThresholdWithinTheMarginOfErrorIsAtRisk() {
    // 69 ± 1.96 × 1.5 = [66.06, 71.94] contains 70
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.Threshold(70),
            null,
            null,
            SURVEY_EVERY_THIRD_YEAR);
    Assessment a = score(i, data(Measurements.of(List.of(survey(2022, 69, 1.5, 80)))), LATE_2025);
    assertEquals(Status.AT_RISK, a.status());
    assertTrue(a.explanation().english().contains("within the margin of error"));
    assertTrue(a.explanation().english().contains("69 (95 % CI 66.1–71.9)"));
  }

  // ---- growth per year, compounded

  @Test
  void growthTargetCompoundedOverThreeYearsIsAchievedAtTheDueYear() {
    // baseline 2021 = 100, +2 % a year: 2024 requires 100 × 1.02³ = 106.1208; 106.2 ≥ 106.1208
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.of(Period.year(2021), 100), 2024);
    Assessment a = score(i, data(yearly(2021, 100, 2024, 106.2)), LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(106.1208, a.evidence().required().getAsDouble(), 1e-9);
  }

  @Test
  void growthTargetMissedAtTheDueYearSaysTheYearlyRate() {
    // 105 in 2024 < 106.1208; yearly rate (105/100)^(1/3) − 1 = 1.6396 % → "+1.6 %"
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.of(Period.year(2021), 100), 2024);
    Assessment a = score(i, data(yearly(2024, 105)), LATE_2025);
    assertEquals(Status.OFF_TRACK, a.status());
    assertTrue(
        a.explanation().english().startsWith("+1.6 % a year since 2021 against a target of +2 %"),
        a.explanation().english());
  }

  @Test
  void growthTargetBeforeItsDueYearOnThePathIsOnTrack() {
    // 2022 requires 100 × 1.02 = 102; 102.5 ≥ 102
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.of(Period.year(2021), 100), 2026);
    assertEquals(Status.ON_TRACK, score(i, data(yearly(2022, 102.5)), LATE_2025).status());
  }

  @Test
  void growthTargetBehindWhoseProjectionCannotReachItIsOffTrack() {
    // 100, 101, 102 in 2021–2023; 2023 requires 100 × 1.02² = 104.04 → behind
    // g = ln(1.02)/2 = 0.0099013; ŷ(2026) = 102 × e^(3g) = 105.0752
    // steps ln 1.01 = 0.0099503, ln(102/101) = 0.0098523; sd = 0.0000693, se = 0.0000490
    // half = t(0.975, 1) × se = 12.7062 × 0.0000490 = 0.000623; upper 102 × e^(3 × 0.0105241)
    // = 105.2718 < 100 × 1.02⁵ = 110.4081 → off track
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.of(Period.year(2021), 100), 2026);
    Assessment a = score(i, data(yearly(2021, 100, 2022, 101, 2023, 102)), LATE_2025);
    assertEquals(Status.OFF_TRACK, a.status());
    Projection p = a.evidence().projection().orElseThrow();
    assertEquals(105.0752, p.value(), 1e-3);
    assertEquals(105.2718, p.interval().orElseThrow().upper(), 1e-3);
    assertEquals(104.04, a.evidence().required().getAsDouble(), 1e-9);
  }

  @Test
  void growthTargetTakesTheBaselineFromTheFiguresWhenThePlanGivesOnlyTheYear() {
    // baseline 2021 measured 200; 2024 requires 200 × 1.02³ = 212.2416; 213 ≥ it
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.at(Period.year(2021)), 2024);
    Assessment a = score(i, data(yearly(2021, 200, 2024, 213)), LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(212.2416, a.evidence().required().getAsDouble(), 1e-9);
  }

  // ---- improve every period

  @Test
  void officialImprovementIsJudgedOnTheSignAndTheDirection() {
    Indicator up = official(new Target.ImproveEveryPeriod(), null, null);
    assertEquals(Status.ACHIEVED, score(up, data(yearly(2022, 50, 2023, 52)), LATE_2024).status());
    assertEquals(Status.OFF_TRACK, score(up, data(yearly(2022, 52, 2023, 51)), LATE_2024).status());
    // emissions: lower is better, 100 → 95 is an improvement
    Indicator emissions =
        indicator(
            Fixtures.JOBS,
            Direction.LOWER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            KOSTRA);
    assertEquals(
        Status.ACHIEVED, score(emissions, data(yearly(2022, 100, 2023, 95)), LATE_2024).status());
  }

  @Test
  void surveyImprovementCountsOnlyWhenSignificant() {
    // 60 (se 1.0) → 64 (se 1.2): se = √(1 + 1.44) = 1.562050, z = 4/1.562050 = 2.560738,
    // p = 2Φ(−2.5607) = 0.01045 < 0.05 → significant
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            SURVEY_EVERY_THIRD_YEAR);
    Assessment a =
        score(
            i,
            data(Measurements.of(List.of(survey(2019, 60, 1.0, 90), survey(2022, 64, 1.2, 70)))),
            MID_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(0.01045, a.evidence().change().orElseThrow().pValue().getAsDouble(), 1e-4);
    assertTrue(a.explanation().english().contains("p = 0.010"), a.explanation().english());
  }

  @Test
  void surveyChangeWithinTheMarginOfErrorIsNotAnImprovement() {
    // 60 (se 1.0) → 61 (se 1.2): z = 1/1.562050 = 0.640184, p = 0.5221 → not significant
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            SURVEY_EVERY_THIRD_YEAR);
    Assessment a =
        score(
            i,
            data(Measurements.of(List.of(survey(2019, 60, 1.0, 90), survey(2022, 61, 1.2, 70)))),
            MID_2025);
    assertEquals(Status.AT_RISK, a.status());
    assertEquals(0.5221, a.evidence().change().orElseThrow().pValue().getAsDouble(), 1e-4);
    assertTrue(a.explanation().english().contains("within the margin of error"));
    assertTrue(a.explanation().english().contains("60 (95 % CI 58–62)"), a.explanation().english());
  }

  // ---- stable or improve

  @Test
  void stableOrImproveUsesItsTolerance() {
    // 3.00 → 2.95 falls by 0.05: fails with tolerance 0, passes with 0.1
    assertEquals(
        Status.OFF_TRACK,
        score(
                official(new Target.StableOrImprove(0), null, null),
                data(yearly(2022, 3.0, 2023, 2.95)),
                LATE_2024)
            .status());
    assertEquals(
        Status.ACHIEVED,
        score(
                official(new Target.StableOrImprove(0.1), null, null),
                data(yearly(2022, 3.0, 2023, 2.95)),
                LATE_2024)
            .status());
  }

  // ---- outperform

  @Test
  void outperformTheGroupMeanLeavesAMissingMemberOut() {
    // own 1000 → 1045 from 2021 to 2024: +4.5 %
    // members 3001: 200 → 206 (+3 %), 3002: 500 → 525 (+5 %), 3003: no 2024 figure
    // mean of the two = (3 + 5)/2 = 4.0 % < 4.5 % → achieved (with 3003 as 0 it would be 2.67)
    Target t =
        new Target.Outperform(
            new ComparisonSource.GroupMean(
                "EKG11", "KOSTRA group 11", List.of("3001", "3002", "3003")),
            Target.Outperform.Basis.GROWTH);
    Indicator i = official(t, Baseline.at(Period.year(2021)), null);
    Assessment a =
        score(
            i,
            data(
                yearly(2021, 1000, 2024, 1045),
                Map.of(
                    "3001", yearly(2021, 200, 2024, 206),
                    "3002", yearly(2021, 500, 2024, 525),
                    "3003", yearly(2021, 300))),
            LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(4.0, a.evidence().comparisonValue().getAsDouble(), 1e-9);
    assertEquals(List.of("3003"), a.evidence().missingComparisons());
    assertTrue(a.explanation().english().contains("No figure for 3003"));
  }

  @Test
  void jobsGrowingFasterThanThePopulationOutperformsTheOtherSeries() {
    // jobs 100 → 103 (+3 %), population 1000 → 1020 (+2 %) from 2021 to 2024
    Target t =
        new Target.Outperform(
            new ComparisonSource.OtherSeries(
                "population",
                new IndicatorSource.OfficialSeries(
                    "SSB", java.util.Optional.of("07459"), "population", "3907")),
            Target.Outperform.Basis.GROWTH);
    Indicator i = official(t, Baseline.at(Period.year(2021)), null);
    Assessment a =
        score(
            i,
            data(
                yearly(2021, 100, 2024, 103), Map.of("population", yearly(2021, 1000, 2024, 1020))),
            LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(2.0, a.evidence().comparisonValue().getAsDouble(), 1e-9);
  }

  @Test
  void outperformEachCompetitorMustBeatTheBest() {
    // own +3 %; competitors +2 % and +3.5 % → not better than the best
    Target t =
        new Target.Outperform(
            new ComparisonSource.EachOf("the competing regions", List.of("A", "B")),
            Target.Outperform.Basis.GROWTH);
    Indicator i = official(t, Baseline.at(Period.year(2021)), null);
    Assessment a =
        score(
            i,
            data(
                yearly(2021, 100, 2024, 103),
                Map.of("A", yearly(2021, 100, 2024, 102), "B", yearly(2021, 200, 2024, 207))),
            LATE_2025);
    assertEquals(Status.OFF_TRACK, a.status());
    assertEquals(3.5, a.evidence().comparisonValue().getAsDouble(), 1e-9);
  }

  @Test
  void gapToTheAsssMeanMustImprove() {
    // own 70 → 71; ASSS mean (72 + 72)/2 = 72 → (72 + 73)/2 = 72.5; gap −2 → −1.5: better
    Target t =
        new Target.Outperform(
            new ComparisonSource.GroupMean("ASSS", "ASSS", List.of("0301", "4601")),
            Target.Outperform.Basis.GAP_IMPROVES);
    Indicator i = official(t, null, null);
    Assessment a =
        score(
            i,
            data(
                yearly(2022, 70, 2023, 71),
                Map.of("0301", yearly(2022, 72, 2023, 72), "4601", yearly(2022, 72, 2023, 73))),
            LATE_2025);
    assertEquals(Status.ACHIEVED, a.status());
    assertTrue(a.explanation().english().contains("from -2 in 2022 to -1.5 in 2023"));
  }

  // ---- rank

  @Test
  void rankTopFive() {
    Indicator i =
        indicator(
            NM,
            Direction.LOWER_IS_BETTER,
            new Target.Rank(OptionalInt.of(5), false),
            null,
            2022,
            new Schedule.Unscheduled());
    assertEquals(Status.ACHIEVED, score(i, data(yearly(2022, 4)), LATE_2025).status());
    assertEquals(Status.OFF_TRACK, score(i, data(yearly(2022, 7)), LATE_2025).status());
  }

  @Test
  void rankBetterThanTheBaseline() {
    // baseline 2017 rank 6; 2024 rank 4 < 6 → achieved; 2023 rank 6 before due 2025 → at risk
    Indicator i =
        indicator(
            NM,
            Direction.LOWER_IS_BETTER,
            new Target.Rank(OptionalInt.empty(), true),
            Baseline.at(Period.year(2017)),
            2025,
            new Schedule.Unscheduled());
    assertEquals(Status.ACHIEVED, score(i, data(yearly(2017, 6, 2024, 4)), LATE_2025).status());
    Assessment same = score(i, data(yearly(2017, 6, 2023, 6)), LocalDate.of(2024, 6, 1));
    assertEquals(Status.AT_RISK, same.status());
    assertEquals(
        "Rank 6 in 2023 is not better than rank 6 in 2017; the target is due 2025.",
        same.explanation().english());
  }

  // ---- no target, missing and awaited figures

  @Test
  void notYetSetShowsTheFigureWithoutAVerdict() {
    Indicator i =
        official(new Target.NotYetSet("ambition set when measurements exist"), null, null);
    Assessment a = score(i, data(yearly(2023, 12.5)), LATE_2025);
    assertEquals(Status.NO_TARGET, a.status());
    assertTrue(a.explanation().english().contains("12.5"));
  }

  @Test
  void aKostraFigureNotYetPublishedIsAwaitedNotMissing() {
    // baseline 2023; the 2024 figure is published unrevised on 15 March 2025
    Indicator i = official(new Target.GrowthPerYear(1), Baseline.of(Period.year(2023), 50), null);
    Assessment early = score(i, data(Measurements.none()), LocalDate.of(2025, 3, 1));
    assertEquals(Status.AWAITING_PUBLICATION, early.status());
    assertEquals(
        "Awaiting publication: the 2024 figure is expected on 15 March 2025.",
        early.explanation().english());
    Assessment late = score(i, data(Measurements.none()), LocalDate.of(2025, 4, 1));
    assertEquals(Status.NOT_MEASURED_YET, late.status());
    // once entered on 1 April 2025, the 2024 figure is unrevised until 15 June 2025
    Assessment entered = score(i, data(yearly(2024, 51)), LocalDate.of(2025, 4, 1));
    assertEquals(LocalDate.of(2025, 6, 15), entered.evidence().unrevisedUntil().orElseThrow());
  }

  @Test
  void anOpenStartPlanWithoutFiguresIsNotMeasuredOnceAFigureIsOut() {
    // "to 2030", no baseline, KOSTRA: the 2023 figure was out on 15 March 2024 → not measured
    Indicator i = official(new Target.Threshold(90), null, null);
    Assessment a =
        IndicatorScorer.score(
            i, PlanPeriod.until(2030), data(Measurements.none()), LocalDate.of(2024, 6, 1));
    assertEquals(Status.NOT_MEASURED_YET, a.status());
  }

  @Test
  void aSurveyBetweenCyclesAwaitsItsNextCycle() {
    // Only the 2019 cycle is entered; asOf June 2022 the 2022 cycle closes on 30 November 2022
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.ImproveEveryPeriod(),
            null,
            null,
            SURVEY_EVERY_THIRD_YEAR);
    Assessment a =
        IndicatorScorer.score(
            i,
            PlanPeriod.between(2019, 2026),
            data(Measurements.of(List.of(survey(2019, 60, 1.0, 90)))),
            LocalDate.of(2022, 6, 1));
    assertEquals(Status.AWAITING_PUBLICATION, a.status());
    assertEquals(LocalDate.of(2022, 11, 30), a.evidence().awaited().orElseThrow().expected());
  }

  @Test
  void historyScoresEachPeriodAfterTheBaseline() {
    // 50, 52, 51, 53: 2022 improved, 2023 fell, 2024 improved
    Indicator i = official(new Target.ImproveEveryPeriod(), Baseline.at(Period.year(2021)), null);
    List<Status> statuses =
        IndicatorScorer.history(
                i, PLAN_2023_2026, data(yearly(2021, 50, 2022, 52, 2023, 51, 2024, 53)), LATE_2025)
            .stream()
            .map(Assessment::status)
            .toList();
    assertEquals(List.of(Status.ACHIEVED, Status.OFF_TRACK, Status.ACHIEVED), statuses);
  }
}
