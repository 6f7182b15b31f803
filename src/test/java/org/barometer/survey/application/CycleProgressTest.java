package org.barometer.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.barometer.survey.domain.StratumProgress;
import org.junit.jupiter.api.Test;

/** A stratum's answers are shown only from the minimum group up; "0" and "1" look alike. */
class CycleProgressTest {

  @Test
  void strataWithFewerAnswersThanTheMinimumShowOnlyThatTheyHaveFewer() {
    var progress =
        CycleProgress.of(
            List.of(
                new StratumProgress("B", "100+", 1, 1),
                new StratumProgress("C", "5-19", 10, 7),
                new StratumProgress("F", "0-4", 3, 0)),
            0,
            9,
            7);
    assertEquals(
        List.of(
            new StratumAnswers("B", "100+", 1, null, null, 7),
            new StratumAnswers("C", "5-19", 10, 7L, 0.7, null),
            new StratumAnswers("F", "0-4", 3, null, null, 7)),
        progress.strata());
    // overall: 14 invited, 1 + 7 + 0 = 8 answered, 8/14; 9 responses with an imported one
    assertEquals(14, progress.invited());
    assertEquals(8, progress.answered());
    assertEquals(9, progress.responses());
    assertEquals(8.0 / 14, progress.responseRate(), 1e-15);
  }

  @Test
  void zeroAndOneAnswerLookTheSame() {
    var zero = CycleProgress.of(List.of(new StratumProgress("F", "0-4", 2, 0)), 0, 0, 3);
    var one = CycleProgress.of(List.of(new StratumProgress("F", "0-4", 2, 1)), 0, 1, 3);
    assertEquals(zero.strata(), one.strata());
  }
}
