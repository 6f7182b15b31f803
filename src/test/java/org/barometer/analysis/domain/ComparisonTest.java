package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Expected Welch values come from R 4.2.2's {@code t.test(after, before)}, printed by
 * src/test/resources/analysis/welch-reference.R into welch-reference.out; the hand examples are
 * also worked below. The test on finite-population corrected variances is checked against R's
 * survey package on generated data in {@link FpcReferenceTest}.
 */
class ComparisonTest {

  private static final Frequencies WIKI_A1 =
      Frequencies.ofObservations(
          27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4);
  private static final Frequencies WIKI_A2 =
      Frequencies.ofObservations(
          27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4);
  private static final Frequencies BEFORE =
      Frequencies.ofObservations(3, 4, 4, 5, 2, 6, 4, 3, 5, 4);
  private static final Frequencies AFTER =
      Frequencies.ofObservations(5, 6, 4, 5, 6, 5, 3, 6, 5, 6, 4, 5);

  @Test
  void wikipediaExampleOne() {
    // Wikipedia "Welch's t-test", example 1: t = 2.46 (sign by order), ν ≈ 25.0, p = 0.021;
    // R: difference 2.16666666666667, se 0.882424510013755, df 24.9885292902314,
    // t 2.45535639828601, p 0.021378001462867, CI 0.349237066192407 .. 3.98409626714093
    Comparison c = Comparison.welch(WIKI_A1, WIKI_A2);
    assertEquals(2.16666666666667, c.difference().getAsDouble(), 1e-12);
    assertEquals(0.882424510013755, c.standardError().getAsDouble(), 1e-12);
    assertEquals(24.9885292902314, c.degreesOfFreedom().getAsDouble(), 1e-10);
    assertEquals(2.45535639828601, c.statistic().getAsDouble(), 1e-12);
    assertEquals(0.021378001462867, c.pValue().getAsDouble(), 1e-10);
    assertEquals(0.349237066192407, c.interval().orElseThrow().lower(), 1e-9);
    assertEquals(3.98409626714093, c.interval().orElseThrow().upper(), 1e-9);
    assertEquals(Verdict.SIGNIFICANTLY_BETTER, c.verdict().orElseThrow());
  }

  @Test
  void twoCyclesBothWays() {
    // R: difference 1, se 0.457264594180338, df 17.5082277775714, p 0.0425859584281313,
    // CI 0.0373849112170671 .. 1.96261508878293
    Comparison up = Comparison.welch(BEFORE, AFTER);
    assertEquals(1.0, up.difference().getAsDouble(), 1e-14);
    assertEquals(0.457264594180338, up.standardError().getAsDouble(), 1e-12);
    assertEquals(17.5082277775714, up.degreesOfFreedom().getAsDouble(), 1e-10);
    assertEquals(0.0425859584281313, up.pValue().getAsDouble(), 1e-10);
    assertEquals(0.0373849112170671, up.interval().orElseThrow().lower(), 1e-9);
    assertEquals(1.96261508878293, up.interval().orElseThrow().upper(), 1e-9);
    assertEquals(Verdict.SIGNIFICANTLY_BETTER, up.verdict().orElseThrow());

    Comparison down = Comparison.welch(AFTER, BEFORE);
    assertEquals(-1.0, down.difference().getAsDouble(), 1e-14);
    assertEquals(-1.96261508878293, down.interval().orElseThrow().lower(), 1e-9);
    assertEquals(Verdict.SIGNIFICANTLY_WORSE, down.verdict().orElseThrow());

    // at 99 % the same change is not significant (p = .0426 > .01)
    Comparison strict = Comparison.welch(BEFORE, AFTER, 0.99);
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, strict.verdict().orElseThrow());
    assertTrue(strict.interval().orElseThrow().contains(0));
  }

  @Test
  void handWorkedWelch() {
    // before 1, 3: x̄ = 2, s² = 2; after 4, 6, 8: x̄ = 6, s² = 4
    // se² = 2/2 + 4/3 = 7/3, t = 4/√(7/3) = 2.618614682831909
    // df = (7/3)² / (1²/1 + (4/3)²/2) = (49/9)/(17/9) = 49/17
    // R: p 0.0824406584640935, CI -0.975467596410765 .. 8.97546759641076
    Comparison c =
        Comparison.welch(Frequencies.ofObservations(1, 3), Frequencies.ofObservations(4, 6, 8));
    assertEquals(4.0, c.difference().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(7.0 / 3), c.standardError().getAsDouble(), 1e-14);
    assertEquals(49.0 / 17, c.degreesOfFreedom().getAsDouble(), 1e-13);
    assertEquals(4 / Math.sqrt(7.0 / 3), c.statistic().getAsDouble(), 1e-13);
    assertEquals(0.0824406584640935, c.pValue().getAsDouble(), 1e-10);
    assertEquals(-0.975467596410765, c.interval().orElseThrow().lower(), 1e-9);
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, c.verdict().orElseThrow());
  }

  @Test
  void tooFewAnswersGiveNoTest() {
    Comparison c = Comparison.welch(Frequencies.ofObservations(3), AFTER);
    assertFalse(c.tested());
    assertEquals(5.0 - 3.0, c.difference().getAsDouble(), 1e-14);
    assertTrue(c.pValue().isEmpty());
    assertTrue(c.noTestReason().orElseThrow().contains("at least 2"));

    Comparison none = Comparison.welch(Frequencies.EMPTY, AFTER);
    assertTrue(none.difference().isEmpty());
    assertFalse(none.tested());
  }

  @Test
  void noSpreadInEitherCycleGivesNoTest() {
    Comparison c =
        Comparison.welch(Frequencies.ofObservations(4, 4), Frequencies.ofObservations(5, 5));
    assertFalse(c.tested());
    assertEquals(1.0, c.difference().getAsDouble());
  }

  @Test
  void handWorkedWelchWithPopulations() {
    // before 1, 3 of N = 5: v₁ = (1 − 2/5)·2/2 = 0.6; after 4, 6, 8 of N = 4: v₂ = (1 − 3/4)·4/3
    // = 1/3. se = √(0.6 + 1/3) = √(14/15); df = (14/15)² / (0.36/1 + (1/9)/2) = (196/225) /
    // (187/450) = 392/187. R (fpc-reference.R, pair "hand"): p 0.049499279865454569, CI
    // 0.020900691904427227 .. 7.9790993080955728
    Comparison c =
        Comparison.welch(
            Frequencies.ofObservations(1, 3),
            OptionalLong.of(5),
            Frequencies.ofObservations(4, 6, 8),
            OptionalLong.of(4));
    assertEquals(Math.sqrt(14.0 / 15), c.standardError().getAsDouble(), 1e-14);
    assertEquals(392.0 / 187, c.degreesOfFreedom().getAsDouble(), 1e-13);
    assertEquals(4 / Math.sqrt(14.0 / 15), c.statistic().getAsDouble(), 1e-13);
    assertEquals(0.049499279865454569, c.pValue().getAsDouble(), 1e-10);
    assertEquals(Verdict.SIGNIFICANTLY_BETTER, c.verdict().orElseThrow());
  }

  @Test
  void summariesGiveTheSameTestAsTheirAnswers() {
    // the hand case above through the summaries a trend holds: se² of each summary is the
    // corrected variance of the mean (0.6 and 1/3), so the same se, df, t and p
    Summary before =
        Summary.of(
            Frequencies.ofObservations(1, 3), 0, SummaryOptions.defaults().populationSize(5));
    Summary after =
        Summary.of(
            Frequencies.ofObservations(4, 6, 8), 0, SummaryOptions.defaults().populationSize(4));
    Comparison c = Comparison.welch(before, after);
    assertEquals(4, c.difference().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(14.0 / 15), c.standardError().getAsDouble(), 1e-14);
    assertEquals(392.0 / 187, c.degreesOfFreedom().getAsDouble(), 1e-13);
    assertEquals(0.049499279865454569, c.pValue().getAsDouble(), 1e-10);
    // without populations: v = s²/n = 1 and 4/3, se = √(7/3), df = (7/3)² / (1 + (16/9)/2) = 49/17
    Comparison plain =
        Comparison.welch(
            Summary.of(Frequencies.ofObservations(1, 3), 0),
            Summary.of(Frequencies.ofObservations(4, 6, 8), 0));
    assertEquals(Math.sqrt(7.0 / 3), plain.standardError().getAsDouble(), 1e-14);
    assertEquals(49.0 / 17, plain.degreesOfFreedom().getAsDouble(), 1e-13);
    // one answer has no se: no test, but the difference
    Comparison one = Comparison.welch(Summary.of(Frequencies.ofObservations(2), 0), after);
    assertFalse(one.tested());
    assertEquals(4, one.difference().getAsDouble(), 1e-14);
  }

  @Test
  void aCensusInOneCycleLeavesTheOthersVarianceAndDf() {
    // after is a census (n = N = 12): v₂ = 0, se = se₁, df = n₁ − 1
    Comparison c = Comparison.welch(BEFORE, OptionalLong.of(40), AFTER, OptionalLong.of(12));
    assertEquals(
        Math.sqrt((1 - 10 / 40.0) * BEFORE.variance() / 10),
        c.standardError().getAsDouble(),
        1e-15);
    assertEquals(9.0, c.degreesOfFreedom().getAsDouble(), 1e-12);
  }

  @Test
  void aCensusInBothCyclesHasNothingToTest() {
    Comparison c = Comparison.welch(BEFORE, OptionalLong.of(10), AFTER, OptionalLong.of(12));
    assertFalse(c.tested());
    assertEquals(1.0, c.difference().getAsDouble(), 1e-14);
    assertTrue(c.noTestReason().orElseThrow().contains("census"));
  }

  @Test
  void moreAnswersThanThePopulationAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparison.welch(BEFORE, OptionalLong.of(9), AFTER, OptionalLong.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparison.welch(BEFORE, OptionalLong.of(0), AFTER, OptionalLong.empty()));
  }

  @Test
  void zTestByHand() {
    // 3.2 (se .3) → 3.9 (se .4): se = √(.09 + .16) = .5, z = .7/.5 = 1.4,
    // p = 2Φ(−1.4) = 0.161513318467542 (R: 2*pnorm(-1.4)); CI .7 ± 1.959963984540054·.5
    Comparison c = Comparison.z(3.2, 0.3, 3.9, 0.4, 0.95);
    assertEquals(0.7, c.difference().getAsDouble(), 1e-14);
    assertEquals(0.5, c.standardError().getAsDouble(), 1e-15);
    assertEquals(1.4, c.statistic().getAsDouble(), 1e-13);
    assertEquals(0.161513318467542, c.pValue().getAsDouble(), 1e-12);
    assertEquals(0.7 - 0.979981992270027, c.interval().orElseThrow().lower(), 1e-12);
    assertTrue(c.degreesOfFreedom().isEmpty());
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, c.verdict().orElseThrow());

    // 3.7 (se .12) → 3.2 (se .16): se = √(.0144 + .0256) = .2, z = −.5/.2 = −2.5,
    // p = 2Φ(−2.5) = 0.0124193306515523 (R: 2*pnorm(-2.5))
    Comparison worse = Comparison.z(3.7, 0.12, 3.2, 0.16, 0.95);
    assertEquals(-2.5, worse.statistic().getAsDouble(), 1e-12);
    assertEquals(0.0124193306515523, worse.pValue().getAsDouble(), 1e-12);
    assertEquals(Verdict.SIGNIFICANTLY_WORSE, worse.verdict().orElseThrow());
  }

  @Test
  void stratifiedEstimatesUseTheZTest() {
    // before: the textbook two strata (3.2, se √.608); after: the same strata one point higher
    // in every answer (4.2, same se). se = √(2·.608) = √1.216, z = 1/√1.216 = 0.9068…
    StratifiedEstimate before =
        StratifiedEstimate.of(
            List.of(
                new Stratum("1", Frequencies.ofObservations(2, 4, 6), 60),
                new Stratum("2", Frequencies.ofObservations(1, 3), 40)));
    StratifiedEstimate after =
        StratifiedEstimate.of(
            List.of(
                new Stratum("1", Frequencies.ofObservations(3, 5, 7), 60),
                new Stratum("2", Frequencies.ofObservations(2, 4), 40)));
    Comparison c = Comparison.stratified(before, after);
    assertEquals(1.0, c.difference().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(1.216), c.standardError().getAsDouble(), 1e-14);
    assertEquals(Verdict.NO_SIGNIFICANT_CHANGE, c.verdict().orElseThrow());

    StratifiedEstimate lonely =
        StratifiedEstimate.of(List.of(new Stratum("1", Frequencies.ofObservations(5), 60)));
    Comparison untested = Comparison.stratified(before, lonely);
    assertFalse(untested.tested());
    assertEquals(1.8, untested.difference().getAsDouble(), 1e-14);
    assertTrue(untested.noTestReason().orElseThrow().contains("single answer"));
  }
}
