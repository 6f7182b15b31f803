package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The priority matrix of service factors: score (the factor's index mean) against impact (Pearson
 * correlation of the respondent's factor index with their overall index, from {@link PairedSums}).
 *
 * <p>By default the axes are split at the mean score and the mean impact of the factors that have
 * an impact (those that can be plotted), so the quadrants are relative to this municipality's own
 * factors, as in SKR Insikt's matrix; explicit thresholds can be given instead (e.g. a fixed score
 * of 70 or a national mean). A factor at a split counts as high.
 *
 * @param scoreSplit where score is split; empty when no factor could be placed
 * @param impactSplit where impact is split; empty when no factor could be placed
 */
public record PriorityMatrix(
    List<FactorPlacement> factors, OptionalDouble scoreSplit, OptionalDouble impactSplit) {

  public PriorityMatrix {
    factors = List.copyOf(factors);
  }

  /** Split at the means of the placeable factors' scores and impacts. */
  public static PriorityMatrix of(List<ServiceFactor> factors) {
    double scoreTotal = 0;
    double impactTotal = 0;
    int placeable = 0;
    for (ServiceFactor f : factors) {
      OptionalDouble r = f.withOverall().correlation();
      if (r.isPresent()) {
        scoreTotal += f.score();
        impactTotal += r.getAsDouble();
        placeable++;
      }
    }
    if (placeable == 0) {
      return place(factors, OptionalDouble.empty(), OptionalDouble.empty());
    }
    return place(
        factors,
        OptionalDouble.of(scoreTotal / placeable),
        OptionalDouble.of(impactTotal / placeable));
  }

  /** Split at the given thresholds. */
  public static PriorityMatrix of(
      List<ServiceFactor> factors, double scoreSplit, double impactSplit) {
    return place(factors, OptionalDouble.of(scoreSplit), OptionalDouble.of(impactSplit));
  }

  private static PriorityMatrix place(
      List<ServiceFactor> factors, OptionalDouble scoreSplit, OptionalDouble impactSplit) {
    List<FactorPlacement> placements = new ArrayList<>();
    for (ServiceFactor f : factors) {
      OptionalDouble r = f.withOverall().correlation();
      Optional<Quadrant> quadrant =
          r.isPresent() && scoreSplit.isPresent()
              ? Optional.of(
                  Quadrant.of(
                      f.score() >= scoreSplit.getAsDouble(),
                      r.getAsDouble() >= impactSplit.getAsDouble()))
              : Optional.empty();
      placements.add(new FactorPlacement(f.code(), f.score(), r, quadrant));
    }
    return new PriorityMatrix(placements, scoreSplit, impactSplit);
  }
}
