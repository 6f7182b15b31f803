package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class FrequenciesTest {

  /** 2, 4, 4, 4, 5, 5, 7, 9: the textbook standard-deviation example. */
  private static final Frequencies EIGHT =
      Frequencies.of(new double[] {2, 4, 5, 7, 9}, new long[] {1, 3, 2, 1, 1});

  @Test
  void momentsOfTheTextbookExample() {
    // Σx = 2 + 12 + 10 + 7 + 9 = 40, x̄ = 5
    // Σx² = 4 + 48 + 50 + 49 + 81 = 232
    // Σ(x − 5)² = 9 + 3·1 + 0 + 4 + 16 = 32, s² = 32/7
    assertEquals(8, EIGHT.n());
    assertEquals(40.0, EIGHT.sum());
    assertEquals(232.0, EIGHT.sumOfSquares());
    assertEquals(5.0, EIGHT.mean(), 1e-15);
    assertEquals(32.0 / 7, EIGHT.variance(), 1e-15);
  }

  @Test
  void quantilesAreRType7() {
    // n = 8, h = 7p (0-based rank): sorted 2 4 4 4 5 5 7 9
    // p = .25: h = 1.75 → x[1] = 4, x[2] = 4 → 4
    // p = .5: h = 3.5 → 4 and 5 → 4.5
    // p = .75: h = 5.25 → 5 + .25·(7 − 5) = 5.5
    // p = .1: h = .7 → 2 + .7·(4 − 2) = 3.4
    // R: quantile(c(2,4,4,4,5,5,7,9), c(0,.1,.25,.5,.75,1)) → 2 3.4 4 4.5 5.5 9
    assertEquals(2.0, EIGHT.quantile(0));
    assertEquals(3.4, EIGHT.quantile(0.1), 1e-15);
    assertEquals(4.0, EIGHT.quantile(0.25));
    assertEquals(4.5, EIGHT.quantile(0.5));
    assertEquals(5.5, EIGHT.quantile(0.75));
    assertEquals(9.0, EIGHT.quantile(1));
  }

  @Test
  void quantilesAgreeWithCommonsMathR7OnTheExpandedData() {
    Random random = new Random(20240611);
    for (int round = 0; round < 20; round++) {
      int distinct = 1 + random.nextInt(6);
      double[] values = new double[distinct];
      long[] counts = new long[distinct];
      List<Double> raw = new ArrayList<>();
      for (int i = 0; i < distinct; i++) {
        values[i] = Math.round(random.nextDouble() * 1000) / 10.0;
        counts[i] = 1 + random.nextInt(40);
        for (long c = 0; c < counts[i]; c++) {
          raw.add(values[i]);
        }
      }
      double[] expanded = raw.stream().mapToDouble(Double::doubleValue).toArray();
      Frequencies f = Frequencies.of(values, counts);
      Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
      for (double p : new double[] {0.01, 0.1, 0.25, 0.33, 0.5, 0.75, 0.9, 0.99}) {
        assertEquals(r7.evaluate(expanded, p * 100), f.quantile(p), 1e-9, "p=" + p);
      }
    }
  }

  @Test
  void theVarianceSurvivesALargeOffset() {
    // 1e9 + {1, 2, 3}: mean 1e9 + 2, s² = (1 + 0 + 1)/2 = 1 exactly;
    // Σx² − n·x̄² would lose all digits here (Σx² ≈ 3e18, beyond 2^53).
    Frequencies f = Frequencies.ofObservations(1e9 + 1, 1e9 + 2, 1e9 + 3);
    assertEquals(1e9 + 2, f.mean());
    assertEquals(1.0, f.variance(), 1e-12);
  }

  @Test
  void equalValuesAreMergedAndZeroCountsDropped() {
    Frequencies f = Frequencies.of(new double[] {3, 1, 3, 2, -0.0}, new long[] {2, 1, 1, 0, 1});
    assertArrayEquals(new double[] {0, 1, 3}, f.values());
    assertArrayEquals(new long[] {1, 1, 3}, f.counts());
    assertEquals(3, f.count(3));
    assertEquals(0, f.count(2));
    assertEquals(1, f.count(-0.0));
    assertEquals(f, Frequencies.of(Map.of(3, 3L, 1, 1L, 0, 1)));
  }

  @Test
  void plusPoolsTheTables() {
    Frequencies a = Frequencies.of(Map.of(1, 2L, 4, 1L));
    Frequencies b = Frequencies.of(Map.of(4, 3L, 6, 1L));
    Frequencies pooled = a.plus(b);
    assertArrayEquals(new double[] {1, 4, 6}, pooled.values());
    assertArrayEquals(new long[] {2, 4, 1}, pooled.counts());
    assertEquals(7, pooled.n());
    assertEquals(a, a.plus(Frequencies.EMPTY));
  }

  @Test
  void countAtLeastCountsTheTopBox() {
    Frequencies f = Frequencies.of(Map.of(1, 4L, 4, 2L, 5, 3L, 6, 1L));
    assertEquals(4, f.countAtLeast(5));
    assertEquals(10, f.countAtLeast(1));
    assertEquals(0, f.countAtLeast(7));
  }

  @Test
  void emptyAndSingleTablesHaveNoUndefinedStatistics() {
    assertEquals(0, Frequencies.EMPTY.n());
    assertEquals(0.0, Frequencies.EMPTY.sum());
    assertTrue(Double.isNaN(Frequencies.EMPTY.mean()));
    assertTrue(Double.isNaN(Frequencies.EMPTY.variance()));
    assertTrue(Double.isNaN(Frequencies.EMPTY.quantile(0.5)));

    Frequencies one = Frequencies.ofObservations(4);
    assertEquals(4.0, one.mean());
    assertTrue(Double.isNaN(one.variance()));
    assertEquals(4.0, one.quantile(0.25));
  }

  @Test
  void allEqualValuesHaveExactlyZeroVariance() {
    Frequencies f = Frequencies.of(Map.of(0.1, 3L));
    assertEquals(0.1, f.mean());
    assertEquals(0.0, f.variance());
  }

  @Test
  void refusesBrokenInput() {
    assertThrows(
        IllegalArgumentException.class, () -> Frequencies.of(new double[] {1, 2}, new long[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Frequencies.of(new double[] {Double.NaN}, new long[] {1}));
    assertThrows(
        IllegalArgumentException.class, () -> Frequencies.of(new double[] {1}, new long[] {-1}));
    assertThrows(IllegalArgumentException.class, () -> EIGHT.quantile(1.5));
  }
}
