package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Frequencies;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Stratum;
import org.barometer.analysis.domain.Summary;
import org.barometer.analysis.domain.Verdict;
import org.barometer.analysis.domain.Visibility;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.survey.domain.CycleStatus;
import org.junit.jupiter.api.Test;

/**
 * A trend's changes, their Holm adjustment, the provisional open cycle and the slope, worked by
 * hand; the p-values of the t- and normal distributions are R's (pt, pnorm, p.adjust), printed to
 * 17 digits.
 */
class TrendSeriesTest {

  private static GroupFigures shown(double... answers) {
    Summary s = Summary.of(Frequencies.ofObservations(answers), 0);
    return new GroupFigures("all", Visibility.SHOWN, s.n(), s, List.of());
  }

  private static TrendSeries.Cycle cycle(
      long id, int year, CycleStatus status, GroupFigures figures) {
    return new TrendSeries.Cycle(
        id, String.valueOf(year), status, OptionalDouble.of(year), true, figures, Optional.empty());
  }

  @Test
  void eachCycleAgainstThePreviousShownOneWithHolmOverTheSeries() {
    TrendSeries series = new TrendSeries();
    // 2022: 1, 3 (mean 2, s² 2, se² 1); 2023 suppressed; 2024: 4, 6, 8 (mean 6, s² 4, se² 4/3);
    // 2025 still open: 5, 7 (mean 6, se² 1)
    series.add(cycle(1, 2022, CycleStatus.CLOSED, shown(1, 3)));
    series.add(
        cycle(
            2,
            2023,
            CycleStatus.CLOSED,
            GroupFigures.suppressed("all", Visibility.SUPPRESSED_SMALL)));
    series.add(cycle(3, 2024, CycleStatus.CLOSED, shown(4, 6, 8)));
    series.add(cycle(4, 2025, CycleStatus.OPEN, shown(5, 7)));
    List<TrendPoint> points = series.points();

    assertTrue(points.get(0).change().isEmpty(), "nothing before the first cycle");
    TrendPoint hidden = points.get(1);
    assertEquals(Visibility.SUPPRESSED_SMALL, hidden.visibility());
    assertNull(hidden.n());
    assertTrue(hidden.estimate().isEmpty() && hidden.change().isEmpty());

    // 2024 against 2022 (2023 is skipped): d = 4, se = √(1 + 4/3) = √(7/3),
    // df = (7/3)² / (1/1 + (16/9)/2) = 49/17; R: 2 * pt(-4 / sqrt(7/3), 49/17)
    TrendChange rise = points.get(2).change().orElseThrow();
    assertEquals(1, rise.sinceCycleId());
    assertEquals("2022", rise.since());
    assertFalse(rise.stratified());
    assertEquals(4, rise.test().difference().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(7.0 / 3), rise.test().standardError().getAsDouble(), 1e-14);
    assertEquals(49.0 / 17, rise.test().degreesOfFreedom().getAsDouble(), 1e-13);
    assertEquals(0.082440658464093458, rise.test().pValue().getAsDouble(), 1e-12);
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, rise.verdict().orElseThrow());
    // the open 2025 against 2024: d = 0, p = 1; Holm over (p, 1): 2p and 1
    TrendChange open = points.get(3).change().orElseThrow();
    assertEquals(0, open.test().difference().getAsDouble(), 1e-14);
    assertEquals(1, open.test().pValue().getAsDouble(), 1e-14);
    assertEquals(0.16488131692818692, rise.holmPValue().getAsDouble(), 1e-12);
    assertEquals(1, open.holmPValue().getAsDouble(), 1e-14);

    assertTrue(points.get(3).provisional(), "an open cycle is provisional");
    assertFalse(points.get(2).provisional());
    assertEquals(2025, points.get(3).year().getAsDouble());

    // the slope leaves out the open cycle: (6 − 2)/2 = 2 a year, se √(1 + 4/3)/2
    WeightedTrend slope = series.slope();
    assertEquals(2, slope.cycles());
    assertEquals(2, slope.slope().getAsDouble(), 1e-13);
    assertEquals(Math.sqrt(7.0 / 3) / 2, slope.standardError().getAsDouble(), 1e-13);
  }

  @Test
  void stratifiedEstimatesInBothCyclesAreComparedWithTheZTest() {
    // one stratum of N = 10 in each cycle: 1, 3 → v = (1 − 2/10)·2/2 = 0.8; 4, 6, 8 →
    // v = (1 − 3/10)·(4/3) = 14/15; z = 4/√(0.8 + 14/15); R: 2 * pnorm(-z)
    StratifiedEstimate before =
        StratifiedEstimate.of(List.of(new Stratum("C/0-4", Frequencies.ofObservations(1, 3), 10)));
    StratifiedEstimate after =
        StratifiedEstimate.of(
            List.of(new Stratum("C/0-4", Frequencies.ofObservations(4, 6, 8), 10)));
    TrendSeries series = new TrendSeries();
    series.add(
        new TrendSeries.Cycle(
            1,
            "2022",
            CycleStatus.CLOSED,
            OptionalDouble.of(2022),
            true,
            shown(1, 3),
            Optional.of(before)));
    series.add(
        new TrendSeries.Cycle(
            2,
            "2023",
            CycleStatus.CLOSED,
            OptionalDouble.of(2023),
            true,
            shown(4, 6, 8),
            Optional.of(after)));
    TrendPoint point = series.points().get(1);
    assertTrue(point.stratified());
    TrendChange change = point.change().orElseThrow();
    assertTrue(change.stratified());
    assertTrue(change.test().degreesOfFreedom().isEmpty(), "a z-test");
    assertEquals(Math.sqrt(0.8 + 14.0 / 15), change.test().standardError().getAsDouble(), 1e-14);
    assertEquals(0.0023798164638097058, change.test().pValue().getAsDouble(), 1e-12);
    assertEquals(Verdict.SIGNIFICANTLY_BETTER, change.verdict().orElseThrow());
    // a single test: Holm leaves it alone
    assertEquals(change.test().pValue().getAsDouble(), change.holmPValue().getAsDouble(), 1e-15);
  }
}
