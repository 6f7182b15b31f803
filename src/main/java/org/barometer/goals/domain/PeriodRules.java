package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.number;
import static org.barometer.goals.domain.Wording.p;
import static org.barometer.goals.domain.Wording.signed;
import static org.barometer.goals.domain.Wording.withInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.goals.domain.IndicatorScorer.Context;
import org.barometer.shared.Period;

/**
 * The rules that judge each period against the one before: improve every period, stable or improve.
 * A survey figure's change counts only when it is statistically significant ({@link SurveyChange}).
 */
final class PeriodRules {

  private PeriodRules() {}

  static Assessment improve(Context c) {
    return withGaps(c, improveJudged(c));
  }

  private static Assessment improveJudged(Context c) {
    Optional<Assessment> gap = periodsMissing(c);
    if (gap.isPresent()) {
      return gap.get();
    }
    Optional<Measurement[]> pair = pair(c);
    if (pair.isEmpty()) {
      return missingPair(c);
    }
    Measurement before = pair.get()[0];
    Measurement after = pair.get()[1];
    Evidence ev = c.evidence().withPrevious(before);
    // as many decimals as it takes to see the change the verdict rests on: 0.66 → 0.67, not 0.7 →
    // 0.7
    int d = Wording.toTell(before.value(), after.value());
    Phrase from = fromTo(before, after, d);
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
                    signed(diff, d),
                    p(test.get().pValue().getAsDouble())));
        case WITHIN_MARGIN ->
            c.assess(
                Status.AT_RISK,
                ev,
                Phrase.of(
                    "goals.improve.withinMargin",
                    from,
                    signed(diff, d),
                    p(test.get().pValue().getAsDouble())));
        case WORSE ->
            c.assess(
                Status.OFF_TRACK,
                ev,
                Phrase.of(
                    "goals.improve.significantlyWorse",
                    from,
                    signed(diff, d),
                    p(test.get().pValue().getAsDouble())));
        case UNTESTED ->
            c.assess(
                Status.AT_RISK, ev, Phrase.of("goals.improve.untested", from, signed(diff, d)));
      };
    }
    boolean better = c.direction().better(after.value(), before.value()) > 0;
    return c.assess(
        better ? Status.ACHIEVED : Status.OFF_TRACK,
        ev,
        Phrase.of(better ? "goals.improve.yes" : "goals.improve.no", from, signed(diff, d)));
  }

  static Assessment stable(Context c, Target.StableOrImprove t) {
    return withGaps(c, stableJudged(c, t));
  }

  private static Assessment stableJudged(Context c, Target.StableOrImprove t) {
    Optional<Assessment> gap = periodsMissing(c);
    if (gap.isPresent()) {
      return gap.get();
    }
    Optional<Measurement[]> pair = pair(c);
    if (pair.isEmpty()) {
      return missingPair(c);
    }
    Measurement before = pair.get()[0];
    Measurement after = pair.get()[1];
    Evidence ev = c.evidence().withPrevious(before);
    // as many decimals as it takes to see the change the verdict rests on: 0.66 → 0.67, not 0.7 →
    // 0.7
    int d = Wording.toTell(before.value(), after.value());
    Phrase from = fromTo(before, after, d);
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
        Phrase.of("goals.stable", from, signed(diff, d), why));
  }

  /**
   * The latest figure and the figure of the period before it, as the calendar counts periods (the
   * survey cycle before, the year before), or the baseline's when written in the plan for that
   * period; empty when there are not two. A survey or ranking without a calendar compares with its
   * figure before, whatever its period.
   */
  private static Optional<Measurement[]> pair(Context c) {
    if (c.latest().isEmpty()) {
      return Optional.empty();
    }
    Measurement after = c.latest().get();
    Optional<Period> expected = previousExpected(c, after.period());
    Optional<Measurement> before =
        expected.isPresent()
            ? c.data().own().at(expected.get())
            : c.data().own().before(after.period());
    if (before.isEmpty()) {
      Optional<Baseline> b = c.indicator().baseline();
      OptionalDouble bv = IndicatorScorer.baselineValue(c);
      if (b.isPresent()
          && bv.isPresent()
          && b.get().period().compareTo(after.period()) < 0
          && expected.map(p -> p.equals(b.get().period())).orElse(true)) {
        before = Optional.of(Measurement.of(b.get().period(), bv.getAsDouble()));
      }
    }
    return before.map(m -> new Measurement[] {m, after});
  }

  /** The period before {@code p} that the calendar expects a figure for; empty when not known. */
  private static Optional<Period> previousExpected(Context c, Period p) {
    Schedule schedule = c.indicator().schedule();
    if (schedule instanceof Schedule.SurveyCycles cycles) {
      return cycles.years().stream()
          .filter(y -> y < p.year())
          .reduce((a, b) -> b)
          .map(Period::year);
    }
    if (schedule instanceof Schedule.Unscheduled
        && (c.indicator().isSurvey()
            || c.indicator().source() instanceof IndicatorSource.PublishedRanking)) {
      return Optional.empty();
    }
    return Optional.of(p.previous());
  }

  /**
   * No verdict when a period the rule needs is missing: one after the latest figure that was due
   * (overdue), or the one just before it. The sentence names every missing period.
   */
  private static Optional<Assessment> periodsMissing(Context c) {
    List<PublicationCalendar.Awaited> missing = new ArrayList<>(c.evidence().missing());
    boolean overdue = !c.evidence().overdue().isEmpty();
    boolean previousMissing = false;
    if (c.latest().isPresent()) {
      Period latest = c.latest().get().period();
      Optional<Period> expected = previousExpected(c, latest);
      if (expected.isPresent() && c.data().own().at(expected.get()).isEmpty()) {
        Period prev = expected.get();
        boolean baselineThere =
            c.indicator().baseline().map(b -> b.period().equals(prev)).orElse(false)
                && IndicatorScorer.baselineValue(c).isPresent();
        boolean anyBefore = c.data().own().before(latest).isPresent();
        if (!baselineThere && anyBefore) {
          previousMissing = true;
          if (missing.stream().noneMatch(m -> m.period().equals(prev))) {
            missing.add(
                new PublicationCalendar.Awaited(
                    prev, PublicationCalendar.earliest(c.indicator(), prev)));
          }
        }
      }
    }
    if (!overdue && !previousMissing) {
      return Optional.empty();
    }
    missing.sort(java.util.Comparator.comparing(PublicationCalendar.Awaited::period));
    return Optional.of(
        c.assess(
            Status.NOT_MEASURED_YET,
            c.evidence().withMissingPeriods(missing),
            Phrase.of("goals.periods.missing", IndicatorScorer.duePhrases(missing))));
  }

  /** A verdict on the latest two periods that still names the earlier periods missing. */
  private static Assessment withGaps(Context c, Assessment a) {
    List<PublicationCalendar.Awaited> missing = a.evidence().missing();
    if (missing.isEmpty() || a.explanation().key().equals("goals.periods.missing")) {
      return a;
    }
    return new Assessment(
        a.indicatorId(),
        a.period(),
        a.status(),
        a.evidence(),
        Phrase.of("goals.periods.gaps", a.explanation(), IndicatorScorer.duePhrases(missing)));
  }

  /** No two figures to compare: awaited or not measured, as for any missing figure. */
  private static Assessment missingPair(Context c) {
    return IndicatorScorer.missing(
        c, Phrase.of(c.latest().isEmpty() ? "goals.missing.figure" : "goals.missing.secondFigure"));
  }

  /** "from 3.5 (95 % CI 3.3–3.7) in 2022 to 4.5 (…) in 2025". */
  private static Phrase fromTo(Measurement before, Measurement after, int decimals) {
    return Phrase.of(
        "goals.fromTo",
        withInterval(before, decimals),
        before.period(),
        withInterval(after, decimals),
        after.period());
  }
}
