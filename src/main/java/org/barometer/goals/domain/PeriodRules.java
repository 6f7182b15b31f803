package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.number;
import static org.barometer.goals.domain.Wording.p;
import static org.barometer.goals.domain.Wording.signed;
import static org.barometer.goals.domain.Wording.withInterval;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.goals.domain.IndicatorScorer.Context;

/**
 * The rules that judge each period against the one before: improve every period, stable or improve.
 * A survey figure's change counts only when it is statistically significant ({@link SurveyChange}).
 */
final class PeriodRules {

  private PeriodRules() {}

  static Assessment improve(Context c) {
    Optional<Measurement[]> pair = pair(c);
    if (pair.isEmpty()) {
      return missingPair(c);
    }
    Measurement before = pair.get()[0];
    Measurement after = pair.get()[1];
    Evidence ev = c.evidence().withPrevious(before);
    Phrase from = fromTo(before, after);
    double diff = after.value() - before.value();
    if (c.indicator().isSurvey()) {
      Optional<Comparison> test = SurveyChange.test(before, after);
      if (test.isPresent()) {
        ev = ev.withChange(test.get());
      }
      return switch (SurveyChange.meaning(test, c.direction())) {
        case BETTER ->
            c.assess(
                Status.ACHIEVED,
                ev,
                Phrase.of(
                    "goals.improve.significant",
                    from,
                    signed(diff),
                    p(test.get().pValue().getAsDouble())));
        case WITHIN_MARGIN ->
            c.assess(
                Status.AT_RISK,
                ev,
                Phrase.of(
                    "goals.improve.withinMargin",
                    from,
                    signed(diff),
                    p(test.get().pValue().getAsDouble())));
        case WORSE ->
            c.assess(
                Status.OFF_TRACK,
                ev,
                Phrase.of(
                    "goals.improve.significantlyWorse",
                    from,
                    signed(diff),
                    p(test.get().pValue().getAsDouble())));
        case UNTESTED ->
            c.assess(Status.AT_RISK, ev, Phrase.of("goals.improve.untested", from, signed(diff)));
      };
    }
    boolean better = c.direction().better(after.value(), before.value()) > 0;
    return c.assess(
        better ? Status.ACHIEVED : Status.OFF_TRACK,
        ev,
        Phrase.of(better ? "goals.improve.yes" : "goals.improve.no", from, signed(diff)));
  }

  static Assessment stable(Context c, Target.StableOrImprove t) {
    Optional<Measurement[]> pair = pair(c);
    if (pair.isEmpty()) {
      return missingPair(c);
    }
    Measurement before = pair.get()[0];
    Measurement after = pair.get()[1];
    Evidence ev = c.evidence().withPrevious(before);
    Phrase from = fromTo(before, after);
    double diff = after.value() - before.value();
    boolean ok;
    Phrase why;
    if (c.indicator().isSurvey()) {
      Optional<Comparison> test = SurveyChange.test(before, after);
      if (test.isPresent()) {
        ev = ev.withChange(test.get());
      }
      ok = SurveyChange.meaning(test, c.direction()) != SurveyChange.Meaning.WORSE;
      why = Phrase.of(ok ? "goals.stable.noSignificantFall" : "goals.stable.significantFall");
    } else {
      ok = c.direction().better(after.value(), before.value()) >= -t.tolerance() - 1e-9;
      if (!ok) {
        why = Phrase.of("goals.stable.beyondTolerance", number(t.tolerance()));
      } else if (c.direction().better(after.value(), before.value()) > 0) {
        why = Phrase.of("goals.stable.improved");
      } else {
        why = Phrase.of("goals.stable.unchanged");
      }
    }
    return c.assess(
        ok ? Status.ACHIEVED : Status.OFF_TRACK,
        ev,
        Phrase.of("goals.stable", from, signed(diff), why));
  }

  /**
   * The latest figure and the one before it (or the baseline's, when written in the plan and
   * earlier); empty when there are not two.
   */
  private static Optional<Measurement[]> pair(Context c) {
    if (c.latest().isEmpty()) {
      return Optional.empty();
    }
    Measurement after = c.latest().get();
    Optional<Measurement> before = c.data().own().before(after.period());
    if (before.isEmpty()) {
      Optional<Baseline> b = c.indicator().baseline();
      OptionalDouble bv = IndicatorScorer.baselineValue(c);
      if (b.isPresent() && bv.isPresent() && b.get().period().compareTo(after.period()) < 0) {
        before = Optional.of(Measurement.of(b.get().period(), bv.getAsDouble()));
      }
    }
    return before.map(m -> new Measurement[] {m, after});
  }

  /** No two figures to compare: awaited or not measured, as for any missing figure. */
  private static Assessment missingPair(Context c) {
    return IndicatorScorer.missing(
        c, Phrase.of(c.latest().isEmpty() ? "goals.missing.figure" : "goals.missing.secondFigure"));
  }

  /** "from 3.5 (95 % CI 3.3–3.7) in 2022 to 4.5 (…) in 2025". */
  private static Phrase fromTo(Measurement before, Measurement after) {
    return Phrase.of(
        "goals.fromTo", withInterval(before), before.period(), withInterval(after), after.period());
  }
}
