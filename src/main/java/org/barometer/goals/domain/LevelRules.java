package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.number;
import static org.barometer.goals.domain.Wording.signedPercent;
import static org.barometer.goals.domain.Wording.withInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.goals.domain.IndicatorScorer.Context;
import org.barometer.shared.Period;

/**
 * The rules on a level with a due year: threshold, growth per year, rank (see {@link
 * IndicatorScorer} for the statuses they give).
 */
final class LevelRules {

  /** Rounding slack: a figure exactly on the target meets it despite floating-point noise. */
  private static final double EPSILON = 1e-9;

  private LevelRules() {}

  static Assessment threshold(Context c, Target.Threshold t) {
    if (c.latest().isEmpty()) {
      return IndicatorScorer.missing(c, Phrase.of("goals.missing.figure"));
    }
    Measurement m = c.latest().get();
    Direction d = c.direction();
    Evidence ev = c.evidence().withRequired(t.value());
    // enough decimals that a figure just short of the target is not written as the target
    int digits = Wording.toTell(m.value(), t.value());
    Phrase target = c.indicator().targetWords();
    boolean met = d.better(m.value(), t.value()) >= -EPSILON;
    if (c.indicator().isSurvey()
        && m.interval().isPresent()
        && m.interval().get().contains(t.value())) {
      return c.assess(
          Status.AT_RISK,
          ev,
          Phrase.of("goals.threshold.withinMargin", withInterval(m, digits), m.period(), target));
    }
    if (met) {
      return c.assess(
          Status.ACHIEVED,
          ev,
          Phrase.of("goals.threshold.met", withInterval(m, digits), m.period(), target));
    }
    if (c.isFinal()) {
      return c.assess(
          Status.OFF_TRACK,
          ev,
          Phrase.of(
              "goals.threshold.missed", withInterval(m, digits), m.period(), target, c.dueYear()));
    }
    // The trend from the baseline, or from the first figure when the plan names no baseline.
    Period from =
        c.indicator().baseline().map(Baseline::period).orElse(c.data().own().all().get(0).period());
    List<Projection.Point> points = points(c, from, m.period(), OptionalDouble.empty());
    Optional<Projection> projection = Projection.leastSquares(points, c.dueYear());
    Status status = IndicatorScorer.byProjection(projection, t.value(), d);
    return c.assess(
        status,
        ev.withProjection(projection.orElse(null)),
        Phrase.of(
            "goals.threshold.behind",
            withInterval(m, digits),
            m.period(),
            target,
            projectionWords(projection, c.dueYear())));
  }

  static Assessment growth(Context c, Target.GrowthPerYear t) {
    Baseline baseline = c.indicator().baseline().orElseThrow();
    Period t0 = baseline.period();
    OptionalDouble b0 = IndicatorScorer.baselineValue(c);
    if (b0.isEmpty()) {
      return IndicatorScorer.missing(c, Phrase.of("goals.missing.baseline", t0));
    }
    Evidence ev = c.evidence().withBaseline(b0.getAsDouble());
    if (c.latest().isEmpty() || c.latest().get().period().compareTo(t0) <= 0) {
      return IndicatorScorer.missing(c, Phrase.of("goals.missing.afterBaseline", t0));
    }
    Measurement m = c.latest().get();
    Direction d = c.direction();
    double base = b0.getAsDouble();
    double factor = 1 + t.percentPerYear() / 100;
    double years = t0.yearsBetween(m.period());
    double required = base * Math.pow(factor, years);
    ev = ev.withRequired(required);
    double rate = (Math.pow(m.value() / base, 1 / years) - 1) * 100;
    int rateDigits = Wording.toTell(rate, t.percentPerYear());
    int digits = Wording.toTell(m.value(), required);
    Object actual =
        base > 0 && m.value() >= 0
            ? signedPercent(rate, rateDigits)
            : Phrase.of("goals.growth.noRate");
    List<Object> sentence =
        new ArrayList<>(
            List.of(
                actual,
                t0,
                signedPercent(t.percentPerYear(), Wording.exact(t.percentPerYear())),
                number(m.value(), digits),
                m.period(),
                number(required, digits)));
    boolean met = d.better(m.value(), required) >= -EPSILON;
    if (c.isFinal()) {
      if (!met) {
        sentence.add(c.dueYear());
      }
      return c.assess(
          met ? Status.ACHIEVED : Status.OFF_TRACK,
          ev,
          new Phrase(met ? "goals.growth.achieved" : "goals.growth.missed", sentence));
    }
    double requiredAtDue = base * Math.pow(factor, t0.yearsBetween(Period.year(c.dueYear())));
    List<Projection.Point> points = points(c, t0, m.period(), b0);
    Optional<Projection> projection = Projection.averageGrowth(points, c.dueYear());
    Status status;
    if (met) {
      status = Status.ON_TRACK;
    } else {
      status = IndicatorScorer.byProjection(projection, requiredAtDue, d);
    }
    sentence.add(projectionWords(projection, c.dueYear()));
    sentence.add(number(requiredAtDue));
    return c.assess(
        status,
        ev.withProjection(projection.orElse(null)),
        new Phrase("goals.growth.underway", sentence));
  }

  static Assessment rank(Context c, Target.Rank t) {
    if (c.latest().isEmpty()) {
      return IndicatorScorer.missing(c, Phrase.of("goals.missing.rank"));
    }
    Measurement m = c.latest().get();
    Evidence ev = c.evidence();
    List<Phrase> parts = new ArrayList<>();
    boolean met = true;
    if (t.top().isPresent()) {
      int top = t.top().getAsInt();
      ev = ev.withRequired(top);
      boolean ok = m.value() <= top + EPSILON;
      met &= ok;
      parts.add(Phrase.of(ok ? "goals.rank.withinTop" : "goals.rank.outsideTop", top));
    }
    if (t.betterThanBaseline()) {
      Period t0 = c.indicator().baseline().orElseThrow().period();
      OptionalDouble b0 = IndicatorScorer.baselineValue(c);
      if (b0.isEmpty()) {
        return IndicatorScorer.missing(c, Phrase.of("goals.missing.baselineRank", t0));
      }
      if (m.period().compareTo(t0) <= 0) {
        return IndicatorScorer.missing(c, Phrase.of("goals.missing.rankAfterBaseline", t0));
      }
      ev = ev.withBaseline(b0.getAsDouble());
      boolean ok = m.value() < b0.getAsDouble() - EPSILON;
      met &= ok;
      parts.add(
          Phrase.of(
              ok ? "goals.rank.betterThan" : "goals.rank.notBetterThan",
              number(b0.getAsDouble()),
              t0));
    }
    Object standing =
        parts.size() == 1 ? parts.get(0) : Phrase.of("and", parts.get(0), parts.get(1));
    Status status;
    String key;
    if (met) {
      status = Status.ACHIEVED;
      key = "goals.rank.achieved";
    } else if (c.isFinal()) {
      status = Status.OFF_TRACK;
      key = "goals.rank.offTrack";
    } else {
      status = Status.AT_RISK;
      key = "goals.rank.atRisk";
    }
    Object place =
        m.fieldSize().isPresent()
            ? Phrase.of("goals.rank.of", number(m.value()), m.fieldSize().getAsInt())
            : number(m.value());
    return c.assess(status, ev, Phrase.of(key, place, m.period(), standing, c.dueYear()));
  }

  /**
   * The figures from {@code from} to {@code to} as projection points, with a baseline value from
   * the plan in place of the figure for its period.
   */
  private static List<Projection.Point> points(
      Context c, Period from, Period to, OptionalDouble baselineValue) {
    List<Projection.Point> points = new ArrayList<>();
    for (Measurement m : c.data().own().between(from, to)) {
      double v =
          baselineValue.isPresent() && m.period().equals(from)
              ? baselineValue.getAsDouble()
              : m.value();
      points.add(new Projection.Point(yearOf(m.period()), v));
    }
    if (baselineValue.isPresent() && (points.isEmpty() || points.get(0).year() != yearOf(from))) {
      points.add(0, new Projection.Point(yearOf(from), baselineValue.getAsDouble()));
    }
    return points;
  }

  /** A period as a year on the time axis: 2021 → 2021.0, 2021Q3 → 2021.5. */
  private static double yearOf(Period p) {
    return p.year() + fraction(p);
  }

  private static double fraction(Period p) {
    return switch (p.kind()) {
      case YEAR -> 0;
      case HALF_YEAR -> (p.number() - 1) / 2.0;
      case QUARTER -> (p.number() - 1) / 4.0;
      case MONTH -> (p.number() - 1) / 12.0;
      case WEEK -> (p.number() - 1) / 52.1775;
    };
  }

  private static Phrase projectionWords(Optional<Projection> projection, int due) {
    if (projection.isEmpty()) {
      return Phrase.of("goals.projection.none", due);
    }
    Projection p = projection.get();
    return p.interval()
        .map(
            ci ->
                Phrase.of(
                    "goals.projection.interval",
                    number(p.value()),
                    number(ci.lower()),
                    number(ci.upper()),
                    due))
        .orElse(Phrase.of("goals.projection.value", number(p.value()), due));
  }
}
