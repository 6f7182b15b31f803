package org.barometer.analysis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.Holm;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Summary;
import org.barometer.analysis.domain.Visibility;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.survey.domain.CycleStatus;

/**
 * One series of a trend (the whole item, or one group of a breakdown), cycle by cycle in order:
 * each point's estimate, its change from the previous point with an estimate (Holm-adjusted over
 * the series), and the weighted slope over the closed cycles.
 */
final class TrendSeries {

  /**
   * One cycle's figures: the item's (or group's) figures as the cycle shows them and, for the whole
   * item, the stratified estimate.
   */
  record Cycle(
      long id,
      String label,
      CycleStatus status,
      OptionalDouble year,
      boolean numeric,
      GroupFigures figures,
      Optional<StratifiedEstimate> stratified) {

    boolean hasEstimate() {
      return numeric && figures.shown() && estimate().isPresent();
    }

    private Optional<StratifiedEstimate> usedStratified() {
      return stratified.filter(s -> s.mean().isPresent());
    }

    OptionalDouble estimate() {
      return usedStratified().isPresent()
          ? usedStratified().get().mean()
          : figures.summary() == null ? OptionalDouble.empty() : figures.summary().mean();
    }

    OptionalDouble standardError() {
      return usedStratified().isPresent()
          ? usedStratified().get().standardError()
          : figures.summary().standardError();
    }

    boolean closed() {
      return status == CycleStatus.CLOSED;
    }
  }

  private final List<Cycle> cycles = new ArrayList<>();

  void add(Cycle cycle) {
    cycles.add(cycle);
  }

  boolean isEmpty() {
    return cycles.isEmpty();
  }

  List<TrendPoint> points() {
    List<Optional<Comparison>> tests = new ArrayList<>();
    List<Optional<Cycle>> since = new ArrayList<>();
    List<Boolean> stratifiedTests = new ArrayList<>();
    Cycle previous = null;
    for (Cycle cycle : cycles) {
      if (!cycle.hasEstimate()) {
        tests.add(Optional.empty());
        since.add(Optional.empty());
        stratifiedTests.add(false);
        continue;
      }
      if (previous == null) {
        tests.add(Optional.empty());
        since.add(Optional.empty());
        stratifiedTests.add(false);
      } else {
        Cycle then = previous;
        Optional<Comparison> stratified =
            then.stratified().isPresent() && cycle.stratified().isPresent()
                ? Optional.of(
                        Comparison.stratified(
                            previous.stratified().get(), cycle.stratified().get()))
                    .filter(Comparison::tested)
                : Optional.empty();
        tests.add(Optional.of(stratified.orElseGet(() -> welch(then, cycle))));
        since.add(Optional.of(then));
        stratifiedTests.add(stratified.isPresent());
      }
      previous = cycle;
    }
    List<OptionalDouble> raw =
        tests.stream().map(t -> t.map(Comparison::pValue).orElse(OptionalDouble.empty())).toList();
    List<OptionalDouble> holm = Holm.adjust(raw);
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < cycles.size(); i++) {
      Cycle cycle = cycles.get(i);
      Optional<TrendChange> change =
          tests.get(i).isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new TrendChange(
                      since.get(i).get().id(),
                      since.get(i).get().label(),
                      stratifiedTests.get(i),
                      tests.get(i).get(),
                      holm.get(i)));
      points.add(point(cycle, change));
    }
    return points;
  }

  private static Comparison welch(Cycle before, Cycle after) {
    Summary then = before.figures().summary();
    Summary now = after.figures().summary();
    return Comparison.welch(then, now);
  }

  private static TrendPoint point(Cycle cycle, Optional<TrendChange> change) {
    GroupFigures figures = cycle.figures();
    boolean provisional = !cycle.closed();
    if (!cycle.hasEstimate()) {
      return new TrendPoint(
          cycle.id(),
          cycle.label(),
          cycle.status(),
          provisional,
          cycle.year(),
          figures.shown() ? Visibility.SHOWN : figures.visibility(),
          null,
          OptionalDouble.empty(),
          Optional.empty(),
          false,
          Optional.empty());
    }
    Optional<StratifiedEstimate> stratified = cycle.usedStratified();
    return new TrendPoint(
        cycle.id(),
        cycle.label(),
        cycle.status(),
        provisional,
        cycle.year(),
        Visibility.SHOWN,
        stratified.map(StratifiedEstimate::sampleSize).orElse(figures.summary().n()),
        cycle.estimate(),
        stratified.isPresent()
            ? stratified.get().confidenceInterval()
            : figures.summary().confidenceInterval(),
        stratified.isPresent(),
        change);
  }

  /** The weighted least-squares slope over the closed cycles with an estimate, a se and a year. */
  WeightedTrend slope() {
    List<WeightedTrend.Point> closed = new ArrayList<>();
    for (Cycle cycle : cycles) {
      if (cycle.closed()
          && cycle.hasEstimate()
          && cycle.standardError().isPresent()
          && cycle.year().isPresent()) {
        closed.add(
            new WeightedTrend.Point(
                cycle.year().getAsDouble(),
                cycle.estimate().getAsDouble(),
                cycle.standardError().getAsDouble()));
      }
    }
    return WeightedTrend.of(closed);
  }
}
