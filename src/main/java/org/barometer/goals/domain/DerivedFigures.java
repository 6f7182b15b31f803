package org.barometer.goals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.barometer.shared.Period;
import org.barometer.statistics.domain.Derived;
import org.barometer.statistics.domain.Observation;
import org.barometer.statistics.domain.Series;

/**
 * Computes a {@link IndicatorSource.DerivedFigure}'s measurements from its input series, with the
 * statistics feature's {@link Derived} (so "missing stays missing" and a zero denominator gives no
 * figure, exactly as on the statistics pages). A service looks the series up and hands the result
 * to the scorer.
 */
public final class DerivedFigures {

  private DerivedFigures() {}

  /**
   * @param seriesOf the stored series for each input; an input without data should give an empty
   *     series
   * @return one measurement for each period where every input needed has a value
   */
  public static Measurements compute(
      IndicatorSource.DerivedFigure figure,
      Function<IndicatorSource.OfficialSeries, Series> seriesOf) {
    Objects.requireNonNull(figure, "figure");
    List<Series> in = figure.inputs().stream().map(seriesOf).toList();
    return switch (figure.formula()) {
      case SHARE_OF_NATIONAL -> Measurements.of(Derived.shareOfNational(in.get(0), in.get(1)));
      case PER_INHABITANT_SHARE_OF_NATIONAL ->
          Measurements.of(
              Derived.shareOfNational(
                  Derived.perInhabitant(in.get(0), in.get(1)),
                  Derived.perInhabitant(in.get(2), in.get(3))));
      case GROWTH_DIFFERENCE, GROWTH_VERSUS_GROUP ->
          difference(Derived.changePercent(in.get(0)), Derived.changePercent(in.get(1)));
    };
  }

  /** Period by period a − b, where both have a value. */
  private static Measurements difference(Series a, Series b) {
    List<Measurement> out = new ArrayList<>();
    for (Map.Entry<Period, Observation> e : a.observations().entrySet()) {
      OptionalDouble x = e.getValue().value();
      OptionalDouble y = b.value(e.getKey());
      if (x.isPresent() && y.isPresent()) {
        out.add(Measurement.of(e.getKey(), x.getAsDouble() - y.getAsDouble()));
      }
    }
    return Measurements.of(out);
  }
}
