package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.number;
import static org.barometer.goals.domain.Wording.signed;
import static org.barometer.goals.domain.Wording.signedPercent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.barometer.goals.domain.IndicatorScorer.Context;
import org.barometer.shared.Period;

/**
 * "Better than a comparison", judged each period: the own figure (level, growth since the baseline,
 * or the gap's change) against the comparison's.
 *
 * <p>The comparison's figure: for a {@link ComparisonSource.GroupMean} the unweighted mean of the
 * members that have one (Kolada's rule, as {@link org.barometer.statistics.domain.GroupFigure}
 * computes it; a member without a figure is left out and named, never counted as zero); for {@link
 * ComparisonSource.OtherSeries} its figure; for {@link ComparisonSource.EachOf} the best of the
 * regions that have one (beating the best beats each). With no comparison figure at all the
 * indicator is not measured yet.
 */
final class OutperformRule {

  private OutperformRule() {}

  static Assessment score(Context c, Target.Outperform t) {
    if (c.latest().isEmpty()) {
      return IndicatorScorer.missing(c, Phrase.of("goals.missing.figure"));
    }
    Period now = c.latest().get().period();
    Direction d = c.direction();
    return switch (t.basis()) {
      case LEVEL -> {
        Function<Measurements, OptionalDouble> level = m -> value(m, now);
        yield judge(
            c,
            t,
            level.apply(c.data().own()),
            level,
            Phrase.of("goals.outperform.level", now),
            Phrase.of("goals.missing.ownLevel", now),
            false);
      }
      case GROWTH -> {
        Period t0 = c.indicator().baseline().orElseThrow().period();
        if (now.compareTo(t0) <= 0) {
          yield IndicatorScorer.missing(c, Phrase.of("goals.missing.afterBaseline", t0));
        }
        Function<Measurements, OptionalDouble> growth = m -> growth(m, t0, now);
        // the own growth starts from the plan's baseline value when the plan gives one
        OptionalDouble b0 = IndicatorScorer.baselineValue(c);
        OptionalDouble own =
            b0.isPresent() && b0.getAsDouble() != 0
                ? OptionalDouble.of((c.latest().get().value() / b0.getAsDouble() - 1) * 100)
                : OptionalDouble.empty();
        yield judge(
            c,
            t,
            own,
            growth,
            Phrase.of("goals.outperform.growth", t0, now),
            Phrase.of("goals.missing.ownGrowth", t0, now),
            true);
      }
      case GAP_IMPROVES -> {
        Optional<Measurement> before = c.data().own().before(now);
        if (before.isEmpty()) {
          yield IndicatorScorer.missing(c, Phrase.of("goals.missing.gapFigure"));
        }
        Period prev = before.get().period();
        Optional<Figure> compNow = comparison(c, t.against(), m -> value(m, now), d);
        Optional<Figure> compPrev = comparison(c, t.against(), m -> value(m, prev), d);
        if (compNow.isEmpty() || compPrev.isEmpty()) {
          yield IndicatorScorer.missing(
              c, Phrase.of("goals.missing.comparison", t.against().describe()));
        }
        double gapNow = c.latest().get().value() - compNow.get().value();
        double gapPrev = before.get().value() - compPrev.get().value();
        boolean ok = d.better(gapNow, gapPrev) > 0;
        int digits = Wording.toTell(gapPrev, gapNow);
        List<String> missing = new ArrayList<>(compNow.get().missing());
        compPrev.get().missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
        Evidence ev =
            c.evidence().withPrevious(before.get()).withComparison(compNow.get().value(), missing);
        yield c.assess(
            ok ? Status.ACHIEVED : Status.OFF_TRACK,
            ev,
            Phrase.of(
                ok ? "goals.gap.better" : "goals.gap.notBetter",
                t.against().describe(),
                signed(gapPrev, digits),
                prev,
                signed(gapNow, digits),
                now,
                leftOut(missing)));
      }
    };
  }

  /**
   * @param what the figures compared, opening the sentence ("In 2024", "Growth 2020–2024")
   * @param ownMissing what is missing when the own figure is
   * @param change whether the figures are changes in percent rather than levels
   */
  private static Assessment judge(
      Context c,
      Target.Outperform t,
      OptionalDouble own,
      Function<Measurements, OptionalDouble> figure,
      Phrase what,
      Phrase ownMissing,
      boolean change) {
    if (own.isEmpty()) {
      return IndicatorScorer.missing(c, ownMissing);
    }
    Optional<Figure> comp = comparison(c, t.against(), figure, c.direction());
    if (comp.isEmpty()) {
      return IndicatorScorer.missing(
          c, Phrase.of("goals.missing.comparison", t.against().describe()));
    }
    double x = own.getAsDouble();
    double y = comp.get().value();
    int digits = Wording.toTell(x, y);
    boolean ok = c.direction().better(x, y) > 0;
    Evidence ev = c.evidence().withComparison(y, comp.get().missing());
    return c.assess(
        ok ? Status.ACHIEVED : Status.OFF_TRACK,
        ev,
        Phrase.of(
            ok ? "goals.outperform.yes" : "goals.outperform.no",
            what,
            change ? signedPercent(x, digits) : number(x, digits),
            change ? signedPercent(y, digits) : number(y, digits),
            t.against().describe(),
            leftOut(comp.get().missing())));
  }

  /** The comparison's figure from each key's figures, by the source's rule. */
  private static Optional<Figure> comparison(
      Context c,
      ComparisonSource source,
      Function<Measurements, OptionalDouble> figure,
      Direction d) {
    List<String> missing = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String key : source.keys()) {
      OptionalDouble v = figure.apply(c.data().comparison(key));
      if (v.isPresent()) {
        values.add(v.getAsDouble());
      } else {
        missing.add(key);
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    double value;
    if (source instanceof ComparisonSource.GroupMean) {
      value = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    } else if (source instanceof ComparisonSource.OtherSeries) {
      value = values.get(0);
    } else {
      value =
          d == Direction.HIGHER_IS_BETTER
              ? values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
              : values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
    return Optional.of(new Figure(value, missing));
  }

  private static OptionalDouble value(Measurements m, Period p) {
    return m.at(p).map(x -> OptionalDouble.of(x.value())).orElse(OptionalDouble.empty());
  }

  /**
   * Growth % from {@code from} to {@code to}: (x_to / x_from − 1) × 100, as Derived computes it.
   */
  private static OptionalDouble growth(Measurements m, Period from, Period to) {
    OptionalDouble a = value(m, from);
    OptionalDouble b = value(m, to);
    if (a.isEmpty() || b.isEmpty() || a.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((b.getAsDouble() / a.getAsDouble() - 1) * 100);
  }

  /** " No figure for 3003; left out." after the sentence, or nothing when none was missing. */
  private static Object leftOut(List<String> missing) {
    return missing.isEmpty() ? "" : Phrase.of("goals.leftOut", missing);
  }

  /** A comparison figure and the keys left out of it. */
  record Figure(double value, List<String> missing) {}
}
