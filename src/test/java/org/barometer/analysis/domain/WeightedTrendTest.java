package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.barometer.analysis.domain.WeightedTrend.Point;
import org.junit.jupiter.api.Test;

/** Hand cases; the comparison with R on generated series is {@link TrendReferenceTest}. */
class WeightedTrendTest {

  @Test
  void twoCyclesAreTheirZTestPerYear() {
    // 3.2 (se .3) in 2020 → 3.9 (se .4) in 2022: slope .7/2 = .35, se √(.09 + .16)/2 = .25,
    // z = 1.4 as in ComparisonTest.zTestByHand, p = 2Φ(−1.4) = 0.161513318467542
    WeightedTrend t =
        WeightedTrend.of(List.of(new Point(2020, 3.2, 0.3), new Point(2022, 3.9, 0.4)));
    Comparison z = Comparison.z(3.2, 0.3, 3.9, 0.4, 0.95);
    assertEquals(0.35, t.slope().getAsDouble(), 1e-12);
    assertEquals(0.25, t.standardError().getAsDouble(), 1e-12);
    assertEquals(z.statistic().getAsDouble(), t.statistic().getAsDouble(), 1e-11);
    assertEquals(0.161513318467542, t.pValue().getAsDouble(), 1e-11);
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, t.verdict().orElseThrow());
  }

  @Test
  void equalWeightsOnAStraightLine() {
    // y = 1, 2, 3 at x = 0, 1, 2, every se 1: slope 1, Σw(x − x̄)² = 2, se = √(1/2)
    WeightedTrend t =
        WeightedTrend.of(List.of(new Point(0, 1, 1), new Point(1, 2, 1), new Point(2, 3, 1)));
    assertEquals(1.0, t.slope().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(0.5), t.standardError().getAsDouble(), 1e-14);
    assertEquals(3, t.cycles());
  }

  @Test
  void theFittedLineGoesThroughTheWeightedMeans() {
    // y = 2 (se 1) at x = 0, y = 4 (se 1) at 1, y = 3 (se 0.5, weight 4) at 2: Σw = 6,
    // x̄w = (0 + 1 + 8)/6 = 1.5, ȳw = (2 + 4 + 12)/6 = 3; Sxx = 2.25 + 0.25 + 4·0.25 = 3.5,
    // Sxy = (−1.5)(−1) + (−0.5)(1) + 4(0.5)(0) = 1, slope 2/7; fitted at 0: 3 − 1.5·2/7 = 18/7
    WeightedTrend t =
        WeightedTrend.of(List.of(new Point(0, 2, 1), new Point(1, 4, 1), new Point(2, 3, 0.5)));
    assertEquals(2.0 / 7, t.slope().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(1 / 3.5), t.standardError().getAsDouble(), 1e-14);
    assertEquals(1.5, t.weightedMeanYear().getAsDouble(), 1e-14);
    assertEquals(3, t.weightedMeanEstimate().getAsDouble(), 1e-14);
    assertEquals(18.0 / 7, t.fitted(0).getAsDouble(), 1e-14);
    assertEquals(3 + 0.5 * 2 / 7, t.fitted(2).getAsDouble(), 1e-14);
    assertTrue(WeightedTrend.of(List.of(new Point(0, 2, 1))).fitted(0).isEmpty());
  }

  @Test
  void noSlopeWithoutTwoYearsOrWithACensus() {
    assertFalse(WeightedTrend.of(List.of(new Point(2020, 3, 0.2))).tested());
    WeightedTrend sameYear =
        WeightedTrend.of(List.of(new Point(2020, 3, 0.2), new Point(2020, 4, 0.2)));
    assertTrue(sameYear.slope().isEmpty());
    assertTrue(sameYear.noTrendReason().orElseThrow().contains("same year"));
    WeightedTrend census =
        WeightedTrend.of(List.of(new Point(2020, 3, 0.2), new Point(2021, 4, 0)));
    assertTrue(census.noTrendReason().orElseThrow().contains("census"));
    assertThrows(IllegalArgumentException.class, () -> new Point(2020, 3, -1));
    assertThrows(IllegalArgumentException.class, () -> new Point(2020, Double.NaN, 1));
  }
}
