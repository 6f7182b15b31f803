package org.barometer.analysis.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the public may read of a published cycle: the indices and the main questions (the scale
 * questions that are not background), each with its trend over the survey's closed cycles up to the
 * published one, and what the municipality does about it. Every figure is a {@link TrendPoint} as
 * the trend shows it: suppressed points carry no estimate and no n.
 *
 * @param cycles the closed cycles of the trend, oldest first, the published one last
 */
public record PublishedResults(
    String surveyCode,
    String surveyName,
    long cycleId,
    String cycle,
    int minGroupSize,
    long responses,
    Instant publishedAt,
    List<String> cycles,
    List<ItemTrend> indices,
    List<ItemTrend> questions,
    List<PlannedActions.PlannedAction> actions) {

  public PublishedResults {
    cycles = List.copyOf(cycles);
    indices = List.copyOf(indices);
    questions = List.copyOf(questions);
    actions = List.copyOf(actions);
  }

  /** Indices first, then the questions. */
  public List<ItemTrend> items() {
    return java.util.stream.Stream.concat(indices.stream(), questions.stream()).toList();
  }

  /** An item's point in one cycle of the trend; empty when that cycle did not ask it. */
  public static Optional<TrendPoint> point(ItemTrend item, String cycle) {
    return item.points().stream().filter(p -> p.cycle().equals(cycle)).findFirst();
  }

  /** An item's figure in the published cycle. */
  public Optional<TrendPoint> latest(ItemTrend item) {
    return point(item, cycle);
  }
}
