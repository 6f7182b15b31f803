package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example: 20 answers on a 1–6 scale, 1×1, 2×2, 3×3, 4×5, 5×6, 6×3, plus 4 don't know,
 * 40 invited, population N = 80.
 *
 * <pre>
 * Σx = 1 + 4 + 9 + 20 + 30 + 18 = 82, x̄ = 4.1
 * Σ(x − 4.1)² = 9.61 + 2·4.41 + 3·1.21 + 5·0.01 + 6·0.81 + 3·3.61 = 37.8
 * s² = 37.8/19 = 1.98947…, s = 1.410487037944882, se = s/√20 = 0.315394489822708
 * t(.975, 19) = 2.093024054408309 → CI 3.43987174617323 .. 4.76012825382676
 * with N = 80: se·√(1 − 20/80) = 0.273139640400098 → CI 3.52831216243016 .. 4.67168783756984
 * sorted ranks (0-based, h = 19p): median h = 9.5 → 4, q1 h = 4.75 → 3, q3 h = 14.25 → 5
 * shares .05 .10 .15 .25 .30 .15, top box (5–6) = 9/20, response rate (20 + 4)/40 = .6
 * </pre>
 *
 * The decimals were checked in R 4 with sd(), qt() and t.test(x)$conf.int on rep(1:6,
 * c(1,2,3,5,6,3)), and those with N = 80 with the survey package: SE(svymean(~x, d)) and
 * confint(svymean(~x, d), df = degf(d)) for d = svydesign(ids = ~1, fpc = ~N), N = 80.
 */
class SummaryTest {

  private static final Frequencies ANSWERS =
      Frequencies.of(Map.of(1, 1L, 2, 2L, 3, 3L, 4, 5L, 5, 6L, 6, 3L));

  @Test
  void theWorkedExample() {
    Summary s = Summary.of(ANSWERS, 4, SummaryOptions.defaults().scale(6, 5).invitations(40));
    assertEquals(20, s.n());
    assertEquals(4, s.dontKnow());
    assertEquals(4.1, s.mean().getAsDouble(), 1e-14);
    assertEquals(1.410487037944882, s.standardDeviation().getAsDouble(), 1e-14);
    assertEquals(0.315394489822708, s.standardError().getAsDouble(), 1e-14);
    assertFalse(s.finitePopulationCorrected());
    ConfidenceInterval ci = s.confidenceInterval().orElseThrow();
    assertEquals(3.43987174617323, ci.lower(), 1e-11);
    assertEquals(4.76012825382676, ci.upper(), 1e-11);
    assertEquals(0.95, ci.level());
    assertEquals(4.0, s.median().getAsDouble());
    assertEquals(3.0, s.firstQuartile().getAsDouble());
    assertEquals(5.0, s.thirdQuartile().getAsDouble());
    assertEquals(
        Map.of(1, 0.05, 2, 0.10, 3, 0.15, 4, 0.25, 5, 0.30, 6, 0.15), Map.copyOf(s.shares()));
    assertEquals(0.45, s.topBoxShare().getAsDouble(), 1e-15);
    assertEquals(0.6, s.responseRate().getAsDouble(), 1e-15);
    assertEquals(4.0 / 24, s.dontKnowShare().getAsDouble(), 1e-15);
  }

  @Test
  void theFinitePopulationCorrectionShrinksTheStandardError() {
    Summary s = Summary.of(ANSWERS, 0, SummaryOptions.defaults().populationSize(80));
    assertTrue(s.finitePopulationCorrected());
    assertEquals(1.410487037944882, s.standardDeviation().getAsDouble(), 1e-14);
    assertEquals(0.273139640400098, s.standardError().getAsDouble(), 1e-14);
    ConfidenceInterval ci = s.confidenceInterval().orElseThrow();
    assertEquals(3.52831216243016, ci.lower(), 1e-11);
    assertEquals(4.67168783756984, ci.upper(), 1e-11);
  }

  @Test
  void aCensusHasNoSamplingError() {
    Summary s = Summary.of(ANSWERS, 0, SummaryOptions.defaults().populationSize(20));
    assertEquals(0.0, s.standardError().getAsDouble());
    assertEquals(new ConfidenceInterval(4.1, 4.1, 0.95), s.confidenceInterval().orElseThrow());
  }

  @Test
  void theConfidenceLevelIsAParameter() {
    // t(.95, 19) = 1.729132811521367: 4.1 ± 1.7291…·0.3153944… = 3.55464103907451 ..
    // 4.64535896092549
    Summary s = Summary.of(ANSWERS, 0, SummaryOptions.defaults().confidenceLevel(0.90));
    ConfidenceInterval ci = s.confidenceInterval().orElseThrow();
    assertEquals(3.55464103907451, ci.lower(), 1e-11);
    assertEquals(4.64535896092549, ci.upper(), 1e-11);
    assertEquals(0.90, ci.level());
  }

  @Test
  void quartilesInterpolate() {
    // 1, 2, 4, 4: h = 3p; q1 h = .75 → 1 + .75·1 = 1.75; median h = 1.5 → (2 + 4)/2 = 3; q3 h =
    // 2.25
    // → 4
    Summary s = Summary.of(Frequencies.ofObservations(4, 1, 4, 2), 0);
    assertEquals(1.75, s.firstQuartile().getAsDouble());
    assertEquals(3.0, s.median().getAsDouble());
    assertEquals(4.0, s.thirdQuartile().getAsDouble());
  }

  @Test
  void noAnswersHaveNoMean() {
    Summary s = Summary.of(Frequencies.EMPTY, 0, SummaryOptions.defaults().scale(6, 5));
    assertEquals(0, s.n());
    assertTrue(s.mean().isEmpty());
    assertTrue(s.standardDeviation().isEmpty());
    assertTrue(s.confidenceInterval().isEmpty());
    assertTrue(s.median().isEmpty());
    assertTrue(s.shares().isEmpty());
    assertTrue(s.topBoxShare().isEmpty());
    assertTrue(s.dontKnowShare().isEmpty());
  }

  @Test
  void everyAnswerDontKnow() {
    Summary s =
        Summary.of(Frequencies.EMPTY, 5, SummaryOptions.defaults().scale(6, 5).invitations(10));
    assertEquals(0, s.n());
    assertEquals(5, s.dontKnow());
    assertTrue(s.mean().isEmpty());
    assertTrue(s.topBoxShare().isEmpty());
    assertEquals(0.5, s.responseRate().getAsDouble());
    assertEquals(1.0, s.dontKnowShare().getAsDouble());
  }

  @Test
  void oneAnswerHasAMeanButNoSpread() {
    Summary s = Summary.of(Frequencies.ofObservations(5), 0, SummaryOptions.defaults().scale(6, 5));
    assertEquals(5.0, s.mean().getAsDouble());
    assertEquals(5.0, s.median().getAsDouble());
    assertTrue(s.standardDeviation().isEmpty());
    assertTrue(s.standardError().isEmpty());
    assertTrue(s.confidenceInterval().isEmpty());
    assertEquals(1.0, s.topBoxShare().getAsDouble());
  }

  @Test
  void equalAnswersCollapseTheInterval() {
    Summary s = Summary.of(Frequencies.of(Map.of(3, 12L)), 0);
    assertEquals(0.0, s.standardDeviation().getAsDouble());
    assertEquals(0.0, s.standardError().getAsDouble());
    assertEquals(new ConfidenceInterval(3, 3, 0.95), s.confidenceInterval().orElseThrow());
  }

  @Test
  void refusesImpossibleCounts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Summary.of(ANSWERS, 0, SummaryOptions.defaults().populationSize(19)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Summary.of(ANSWERS, 4, SummaryOptions.defaults().invitations(23)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Summary.of(ANSWERS, 0, SummaryOptions.defaults().scale(5, 4)));
    assertThrows(
        IllegalArgumentException.class, () -> Summary.of(ANSWERS, -1, SummaryOptions.defaults()));
    assertThrows(
        IllegalArgumentException.class, () -> SummaryOptions.defaults().confidenceLevel(1.0));
  }
}
