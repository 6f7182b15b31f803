package org.barometer.goals.domain;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.Verdict;

/**
 * The change of a survey figure between two cycles, tested as the analysis pages test it: {@link
 * Comparison#z} on the two estimates and their standard errors at 95 % (estimates from independent
 * samples), so the scorecard and the results page never disagree on what is significant.
 */
final class SurveyChange {

  /** What the change means for the indicator, direction taken into account. */
  enum Meaning {
    BETTER,
    WITHIN_MARGIN,
    WORSE,
    UNTESTED
  }

  private SurveyChange() {}

  /** The test; empty when either figure has no standard error or interval. */
  static Optional<Comparison> test(Measurement before, Measurement after) {
    OptionalDouble seBefore = before.errorForTesting();
    OptionalDouble seAfter = after.errorForTesting();
    if (seBefore.isEmpty() || seAfter.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Comparison.z(
            before.value(),
            seBefore.getAsDouble(),
            after.value(),
            seAfter.getAsDouble(),
            Projection.LEVEL));
  }

  static Meaning meaning(Optional<Comparison> comparison, Direction direction) {
    if (comparison.isEmpty() || comparison.get().verdict().isEmpty()) {
      return Meaning.UNTESTED;
    }
    Verdict v = comparison.get().verdict().get();
    if (v == Verdict.NO_SIGNIFICANT_CHANGE) {
      return Meaning.WITHIN_MARGIN;
    }
    boolean rose = v == Verdict.SIGNIFICANTLY_BETTER;
    return rose == (direction == Direction.HIGHER_IS_BETTER) ? Meaning.BETTER : Meaning.WORSE;
  }
}
