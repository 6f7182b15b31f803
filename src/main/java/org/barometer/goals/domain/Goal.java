package org.barometer.goals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A goal of a plan: a main goal with sub-goals, as deep as the plan nests them (Drammen: main goal
 * → sub-goal → indicator; Södertälje: focus area → intervention area). Indicators may sit at any
 * level. Actions (measures) are listed by name only; following them up is the action plan's job.
 *
 * @param id unique within the plan
 * @param description the goal's own words from the plan; may be empty
 * @param measures the plan's measures or activities under this goal, by name; may be empty
 */
public record Goal(
    String id,
    String title,
    String description,
    List<Indicator> indicators,
    List<Goal> subGoals,
    List<String> measures) {

  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    indicators = List.copyOf(indicators);
    subGoals = List.copyOf(subGoals);
    measures = measures == null ? List.of() : List.copyOf(measures);
    if (id.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("A goal needs an id and a title: '" + id + "'");
    }
  }

  /** This goal and all goals below it, depth first. */
  public Stream<Goal> selfAndDescendants() {
    return Stream.concat(Stream.of(this), subGoals.stream().flatMap(Goal::selfAndDescendants));
  }

  /** The indicators of this goal and of all its sub-goals. */
  public List<Indicator> allIndicators() {
    List<Indicator> all = new ArrayList<>();
    selfAndDescendants().forEach(g -> all.addAll(g.indicators()));
    return all;
  }
}
