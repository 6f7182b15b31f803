package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.number;
import static org.barometer.goals.domain.Wording.signedPercent;
import static org.barometer.goals.domain.Wording.withInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.goals.domain.IndicatorScorer.Context;
import org.barometer.statistics.domain.Period;

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
      return IndicatorScorer.missing(c, "a figure");
    }
    Measurement m = c.latest().get();
    Direction d = c.direction();
    Evidence ev = c.evidence().withRequired(t.value());
    String target = c.atLeast() + " " + number(t.value());
    boolean met = d.better(m.value(), t.value()) >= -EPSILON;
    if (c.indicator().isSurvey()
        && m.interval().isPresent()
        && m.interval().get().contains(t.value())) {
      return c.assess(
          Status.AT_RISK,
          ev,
          Explanation.of(
              "goals.threshold.withinMargin",
              withInterval(m)
                  + " in "
                  + m.period()
                  + " is within the margin of error of the target of "
                  + target
                  + ".",
              withInterval(m),
              m.period().code(),
              target));
    }
    if (met) {
      return c.assess(
          Status.ACHIEVED,
          ev,
          Explanation.of(
              "goals.threshold.met",
              withInterval(m) + " in " + m.period() + " meets the target of " + target + ".",
              withInterval(m),
              m.period().code(),
              target));
    }
    if (m.period().year() >= c.dueYear()) {
      return c.assess(
          Status.OFF_TRACK,
          ev,
          Explanation.of(
              "goals.threshold.missed",
              withInterval(m)
                  + " in "
                  + m.period()
                  + " misses the target of "
                  + target
                  + ", due "
                  + c.due()
                  + ".",
              withInterval(m),
              m.period().code(),
              target,
              c.due()));
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
        Explanation.of(
            "goals.threshold.behind",
            withInterval(m)
                + " in "
                + m.period()
                + " is short of the target of "
                + target
                + "; "
                + projectionWords(projection, c.due())
                + ".",
            withInterval(m),
            m.period().code(),
            target,
            c.due()));
  }

  static Assessment growth(Context c, Target.GrowthPerYear t) {
    Baseline baseline = c.indicator().baseline().orElseThrow();
    Period t0 = baseline.period();
    OptionalDouble b0 = IndicatorScorer.baselineValue(c);
    if (b0.isEmpty()) {
      return IndicatorScorer.missing(c, "the baseline figure for " + t0);
    }
    Evidence ev = c.evidence().withBaseline(b0.getAsDouble());
    if (c.latest().isEmpty() || c.latest().get().period().compareTo(t0) <= 0) {
      return IndicatorScorer.missing(c, "a figure after the " + t0 + " baseline");
    }
    Measurement m = c.latest().get();
    Direction d = c.direction();
    double base = b0.getAsDouble();
    double factor = 1 + t.percentPerYear() / 100;
    double years = t0.yearsBetween(m.period());
    double required = base * Math.pow(factor, years);
    ev = ev.withRequired(required);
    String actual =
        base > 0 && m.value() >= 0
            ? signedPercent((Math.pow(m.value() / base, 1 / years) - 1) * 100)
            : "no growth rate";
    String sentence =
        actual
            + " a year since "
            + t0
            + " against a target of "
            + signedPercent(t.percentPerYear())
            + " ("
            + number(m.value())
            + " in "
            + m.period()
            + ", "
            + number(required)
            + " required)";
    boolean met = d.better(m.value(), required) >= -EPSILON;
    if (m.period().year() >= c.dueYear()) {
      return c.assess(
          met ? Status.ACHIEVED : Status.OFF_TRACK,
          ev,
          Explanation.of(
              met ? "goals.growth.achieved" : "goals.growth.missed",
              sentence + (met ? "; achieved." : "; missed, due " + c.due() + "."),
              actual,
              t0.code(),
              signedPercent(t.percentPerYear())));
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
    return c.assess(
        status,
        ev.withProjection(projection.orElse(null)),
        Explanation.of(
            "goals.growth.underway",
            sentence
                + "; "
                + projectionWords(projection, c.due())
                + " against "
                + number(requiredAtDue)
                + " required.",
            actual,
            t0.code(),
            signedPercent(t.percentPerYear())));
  }

  static Assessment rank(Context c, Target.Rank t) {
    if (c.latest().isEmpty()) {
      return IndicatorScorer.missing(c, "a published rank");
    }
    Measurement m = c.latest().get();
    Evidence ev = c.evidence();
    List<String> parts = new ArrayList<>();
    boolean met = true;
    if (t.top().isPresent()) {
      int top = t.top().getAsInt();
      ev = ev.withRequired(top);
      boolean ok = m.value() <= top + EPSILON;
      met &= ok;
      parts.add((ok ? "within" : "outside") + " the top " + top);
    }
    if (t.betterThanBaseline()) {
      Period t0 = c.indicator().baseline().orElseThrow().period();
      OptionalDouble b0 = IndicatorScorer.baselineValue(c);
      if (b0.isEmpty()) {
        return IndicatorScorer.missing(c, "the baseline rank for " + t0);
      }
      if (m.period().compareTo(t0) <= 0) {
        return IndicatorScorer.missing(c, "a rank after the " + t0 + " baseline");
      }
      ev = ev.withBaseline(b0.getAsDouble());
      boolean ok = m.value() < b0.getAsDouble() - EPSILON;
      met &= ok;
      parts.add(
          (ok ? "better than" : "not better than")
              + " rank "
              + number(b0.getAsDouble())
              + " in "
              + t0);
    }
    String sentence =
        "Rank " + number(m.value()) + " in " + m.period() + " is " + String.join(" and ", parts);
    Status status;
    if (met) {
      status = Status.ACHIEVED;
      sentence += ".";
    } else if (m.period().year() >= c.dueYear()) {
      status = Status.OFF_TRACK;
      sentence += "; the target was due " + c.due() + ".";
    } else {
      status = Status.AT_RISK;
      sentence += "; the target is due " + c.due() + ".";
    }
    return c.assess(
        status,
        ev,
        Explanation.of(
            "goals.rank." + status.name().toLowerCase(java.util.Locale.ROOT),
            sentence,
            number(m.value()),
            m.period().code()));
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
      case QUARTER -> (p.number() - 1) / 4.0;
      case MONTH -> (p.number() - 1) / 12.0;
      case WEEK -> (p.number() - 1) / 52.1775;
    };
  }

  private static String projectionWords(Optional<Projection> projection, String due) {
    if (projection.isEmpty()) {
      return "too few figures to project to " + due;
    }
    Projection p = projection.get();
    return "the trend projects "
        + number(p.value())
        + p.interval()
            .map(ci -> " (95 % interval " + number(ci.lower()) + "–" + number(ci.upper()) + ")")
            .orElse("")
        + " in "
        + due;
  }
}
