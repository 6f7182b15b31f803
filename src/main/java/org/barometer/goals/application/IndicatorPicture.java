package org.barometer.goals.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.Target;
import org.barometer.shared.Period;

/**
 * What an indicator's chart shows: its figures (a survey's with their intervals), the baseline, the
 * path the target asks for, and the comparison the target names, each as lines over the years.
 *
 * @param indicator the indicator
 * @param figures its own figures in time order
 * @param baseline the baseline's period and value, when the plan or the figures give one
 * @param targetPath the target as a line: a threshold flat to the due year, a growth target
 *     compounded from the baseline; empty for rules that are not a level
 * @param comparisons named lines: a group's mean of its members with a figure, or each region
 */
public record IndicatorPicture(
    Indicator indicator,
    List<Measurement> figures,
    Optional<Measurement> baseline,
    List<Measurement> targetPath,
    Map<String, List<Measurement>> comparisons) {

  /** Builds the picture from the figures known on the day scored. */
  public static IndicatorPicture of(Indicator indicator, PlanPeriod plan, IndicatorData data) {
    List<Measurement> figures = data.own().all();
    Optional<Measurement> baseline = baseline(indicator, data.own());
    return new IndicatorPicture(
        indicator,
        figures,
        baseline,
        targetPath(indicator, plan, figures, baseline),
        comparisons(indicator, data));
  }

  private static Optional<Measurement> baseline(Indicator indicator, Measurements own) {
    return indicator
        .baseline()
        .flatMap(
            b ->
                b.value().isPresent()
                    ? Optional.of(Measurement.of(b.period(), b.value().getAsDouble()))
                    : own.at(b.period()));
  }

  private static List<Measurement> targetPath(
      Indicator indicator,
      PlanPeriod plan,
      List<Measurement> figures,
      Optional<Measurement> baseline) {
    int due = indicator.dueYear(plan);
    if (indicator.target() instanceof Target.Threshold t) {
      int from =
          baseline
              .map(b -> b.period().year())
              .or(() -> figures.stream().findFirst().map(m -> m.period().year()))
              .orElse(plan.from().orElse(due));
      return List.of(
          Measurement.of(Period.year(Math.min(from, due)), t.value()),
          Measurement.of(Period.year(due), t.value()));
    }
    if (indicator.target() instanceof Target.GrowthPerYear g && baseline.isPresent()) {
      int from = baseline.get().period().year();
      List<Measurement> path = new ArrayList<>();
      for (int year = from; year <= due; year++) {
        double required =
            baseline.get().value() * Math.pow(1 + g.percentPerYear() / 100, year - from);
        path.add(Measurement.of(Period.year(year), required));
      }
      return path;
    }
    return List.of();
  }

  private static Map<String, List<Measurement>> comparisons(
      Indicator indicator, IndicatorData data) {
    Map<String, List<Measurement>> lines = new LinkedHashMap<>();
    if (!(indicator.target() instanceof Target.Outperform o)) {
      return lines;
    }
    ComparisonSource against = o.against();
    if (against instanceof ComparisonSource.GroupMean group) {
      lines.put(group.name(), mean(group.members(), data));
    } else {
      for (String key : against.keys()) {
        lines.put(key, data.comparison(key).all());
      }
    }
    return lines;
  }

  /** Each period's unweighted mean of the members with a figure (Kolada's rule). */
  private static List<Measurement> mean(List<String> members, IndicatorData data) {
    Map<Period, List<Double>> byPeriod = new TreeMap<>();
    for (String member : members) {
      for (Measurement m : data.comparison(member).all()) {
        byPeriod.computeIfAbsent(m.period(), p -> new ArrayList<>()).add(m.value());
      }
    }
    List<Measurement> means = new ArrayList<>();
    byPeriod.forEach(
        (p, values) -> {
          OptionalDouble mean = values.stream().mapToDouble(Double::doubleValue).average();
          means.add(Measurement.of(p, mean.getAsDouble()));
        });
    return means;
  }
}
