package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  @Test
  void leastSquaresLineAndPredictionIntervalAgreeWithAHandCalculation() {
    // Points (2019, 100), (2020, 102), (2021, 103), (2022, 105).
    // x̄ = 2020.5, ȳ = 102.5; dx = −1.5, −0.5, 0.5, 1.5; dy = −2.5, −0.5, 0.5, 2.5
    // Sxy = 3.75 + 0.25 + 0.25 + 3.75 = 8; Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5; b = 8/5 = 1.6
    // ŷ(2025) = 102.5 + 1.6 × 4.5 = 109.7
    // fitted 100.1, 101.7, 103.3, 104.9 → residuals −0.1, 0.3, −0.3, 0.1; SSE = 0.2; s² = 0.2/2 =
    // 0.1
    // √(1 + 1/4 + 4.5²/5) = √5.3 = 2.302173; t(0.975, 2) = 4.302653
    // half = 4.302653 × 0.316228 × 2.302173 = 3.132378 → [106.567622, 112.832378]
    Projection p =
        Projection.leastSquares(
                List.of(
                    new Projection.Point(2019, 100),
                    new Projection.Point(2020, 102),
                    new Projection.Point(2021, 103),
                    new Projection.Point(2022, 105)),
                2025)
            .orElseThrow();
    assertEquals(Projection.Method.LEAST_SQUARES, p.method());
    assertEquals(109.7, p.value(), 1e-9);
    ConfidenceInterval ci = p.interval().orElseThrow();
    assertEquals(106.567622, ci.lower(), 1e-5);
    assertEquals(112.832378, ci.upper(), 1e-5);
    assertEquals(4, p.points());
  }

  @Test
  void averageGrowthCarriesTheCompoundRateOnWithAnIntervalFromTheStepsSpread() {
    // 100, 102, 105, 106 in 2019–2022: g = ln(106/100)/3 = 0.0194230 a year
    // projected to 2025 (h = 3): 106 × e^(3g) = 106 × 1.06 = 112.36
    // steps r = ln 1.02 = 0.0198026, ln(105/102) = 0.0289875, ln(106/105) = 0.0094787
    // mean 0.0194230; deviations 0.0003796, 0.0095645, −0.0099443
    // sd = √((1.44e-7 + 9.1480e-5 + 9.8889e-5)/2) = 0.0097599; se = sd/√3 = 0.0056349
    // half = t(0.975, 2) × se = 4.302653 × 0.0056349 = 0.0242450
    // lower 106 × e^(3 × (0.0194230 − 0.0242450)) = 106 × e^(−0.014466) = 104.4776
    // upper 106 × e^(3 × (0.0194230 + 0.0242450)) = 106 × e^(0.131004) = 120.8371
    Projection p =
        Projection.averageGrowth(
                List.of(
                    new Projection.Point(2019, 100),
                    new Projection.Point(2020, 102),
                    new Projection.Point(2021, 105),
                    new Projection.Point(2022, 106)),
                2025)
            .orElseThrow();
    assertEquals(112.36, p.value(), 1e-9);
    assertEquals(104.4776, p.interval().orElseThrow().lower(), 1e-3);
    assertEquals(120.8371, p.interval().orElseThrow().upper(), 1e-3);
  }

  @Test
  void twoPointsProjectWithoutAnInterval() {
    // 100 → 121 over 2019–2021 is 10 % a year; to 2022: 121 × 1.1 = 133.1
    Projection p =
        Projection.averageGrowth(
                List.of(new Projection.Point(2019, 100), new Projection.Point(2021, 121)), 2022)
            .orElseThrow();
    assertEquals(133.1, p.value(), 1e-9);
    assertTrue(p.interval().isEmpty());
    assertTrue(Projection.leastSquares(List.of(new Projection.Point(2019, 1)), 2022).isEmpty());
  }
}
