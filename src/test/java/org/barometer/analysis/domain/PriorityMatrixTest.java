package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  @Test
  void correlationAgreesWithCommonsMathOnRawData() {
    Random random = new Random(7);
    for (int round = 0; round < 25; round++) {
      int n = 3 + random.nextInt(300);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        // 0–100 indices on a 1–6 scale grid, y loosely following x
        x[i] = random.nextInt(6) * 20.0;
        y[i] = Math.min(100, Math.max(0, x[i] * 0.6 + random.nextInt(5) * 10.0));
      }
      double expected = new PearsonsCorrelation().correlation(x, y);
      assertEquals(expected, PairedSums.of(x, y).correlation().getAsDouble(), 1e-12);
    }
  }

  @Test
  void correlationByHand() {
    // x 1 2 3, y 2 4 7: Sxx = 14 − 36/3 = 2, Syy = 69 − 169/3 = 38/3, Sxy = 31 − 6·13/3 = 5
    // r = 5/√(2·38/3) = 5/√(76/3)
    PairedSums s = PairedSums.of(new double[] {1, 2, 3}, new double[] {2, 4, 7});
    assertEquals(5 / Math.sqrt(76.0 / 3), s.correlation().getAsDouble(), 1e-15);
  }

  @Test
  void pooledSumsEqualTheSumsOfThePooledData() {
    PairedSums a = PairedSums.of(new double[] {1, 2}, new double[] {2, 4});
    PairedSums b = PairedSums.of(new double[] {3}, new double[] {7});
    PairedSums all = PairedSums.of(new double[] {1, 2, 3}, new double[] {2, 4, 7});
    assertEquals(all, a.plus(b));
    assertEquals(new PairedSums(3, 6, 13, 14, 69, 31), all);
  }

  @Test
  void undefinedCorrelations() {
    assertTrue(PairedSums.EMPTY.correlation().isEmpty());
    assertTrue(PairedSums.of(new double[] {50}, new double[] {40}).correlation().isEmpty());
    // a constant factor index, even one not exactly representable
    double third = 100.0 / 3;
    assertTrue(
        PairedSums.of(new double[] {third, third, third}, new double[] {10, 20, 40})
            .correlation()
            .isEmpty());
  }

  private static PairedSums pairs(double[] x, double[] y) {
    return PairedSums.of(x, y);
  }

  /**
   * By hand: A r = 1 (y = x), B r = .5 (x 1 2 3, y 1 3 2: Sxx = Syy = 2, Sxy = 13 − 12 = 1), C r =
   * 0 (x 0 100 0 100, y 0 0 100 100: Σxy = 10000 = 200·200/4), D r = −1 (y = −x), E only one
   * respondent. Means over A–D: score (80 + 60 + 70 + 50)/4 = 65, impact (1 + .5 + 0 − 1)/4 = .125.
   */
  private static final List<ServiceFactor> FACTORS =
      List.of(
          new ServiceFactor("A", 80, pairs(new double[] {0, 50, 100}, new double[] {0, 50, 100})),
          new ServiceFactor("B", 60, pairs(new double[] {1, 2, 3}, new double[] {1, 3, 2})),
          new ServiceFactor(
              "C", 70, pairs(new double[] {0, 100, 0, 100}, new double[] {0, 0, 100, 100})),
          new ServiceFactor(
              "D", 50, pairs(new double[] {10, 20, 30}, new double[] {-10, -20, -30})),
          new ServiceFactor("E", 20, pairs(new double[] {10}, new double[] {90})));

  @Test
  void quadrantsSplitAtTheMeans() {
    PriorityMatrix m = PriorityMatrix.of(FACTORS);
    assertEquals(65.0, m.scoreSplit().getAsDouble(), 1e-15);
    assertEquals(0.125, m.impactSplit().getAsDouble(), 1e-15);
    List<FactorPlacement> f = m.factors();
    assertEquals(1.0, f.get(0).impact().getAsDouble(), 1e-15);
    assertEquals(0.5, f.get(1).impact().getAsDouble(), 1e-15);
    assertEquals(0.0, f.get(2).impact().getAsDouble(), 1e-15);
    assertEquals(-1.0, f.get(3).impact().getAsDouble(), 1e-15);
    assertEquals(Optional.of(Quadrant.KEEP), f.get(0).quadrant());
    assertEquals(Optional.of(Quadrant.PRIORITISE), f.get(1).quadrant());
    assertEquals(Optional.of(Quadrant.LOWER_PRIORITY), f.get(2).quadrant());
    assertEquals(Optional.of(Quadrant.IMPROVE_IF_POSSIBLE), f.get(3).quadrant());
    assertTrue(f.get(4).impact().isEmpty());
    assertTrue(f.get(4).quadrant().isEmpty());
    assertEquals(20.0, f.get(4).score());
  }

  @Test
  void explicitThresholdsAndTiesCountAsHigh() {
    // split at score 70, impact .5: A (80, 1) keep; B (60, .5) prioritise (impact at the split);
    // C (70, 0) lower priority (score at the split); D (50, −1) improve if possible
    List<FactorPlacement> f = PriorityMatrix.of(FACTORS, 70, 0.5).factors();
    assertEquals(Optional.of(Quadrant.KEEP), f.get(0).quadrant());
    assertEquals(Optional.of(Quadrant.PRIORITISE), f.get(1).quadrant());
    assertEquals(Optional.of(Quadrant.LOWER_PRIORITY), f.get(2).quadrant());
    assertEquals(Optional.of(Quadrant.IMPROVE_IF_POSSIBLE), f.get(3).quadrant());
  }

  @Test
  void noPlaceableFactorHasNoSplits() {
    PriorityMatrix m = PriorityMatrix.of(List.of(FACTORS.get(4)));
    assertTrue(m.scoreSplit().isEmpty());
    assertTrue(m.factors().get(0).quadrant().isEmpty());
  }
}
