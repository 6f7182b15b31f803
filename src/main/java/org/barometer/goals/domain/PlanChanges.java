package org.barometer.goals.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed from one version of a plan to another: the goals and indicators added, removed or
 * changed, and for a changed one which of its parts (a target, a baseline, a title …). Goals and
 * indicators are matched by their ids, which a plan file keeps across revisions; a goal or
 * indicator given a new id reads as one removed and one added.
 *
 * @param plan the parts of the plan itself that changed (title, period, municipality)
 * @param goals changed and added goals in the order of the newer version, then removed ones in the
 *     order of the older
 * @param indicators the same for indicators
 */
public record PlanChanges(
    Set<PlanPart> plan, List<GoalChange> goals, List<IndicatorChange> indicators) {

  /** What happened to a goal or an indicator. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** A part of the plan itself. */
  public enum PlanPart {
    TITLE,
    PERIOD,
    MUNICIPALITY
  }

  /** A part of a goal. {@code PARENT}: it moved to another main goal, or became one. */
  public enum GoalPart {
    TITLE,
    DESCRIPTION,
    PARENT,
    MEASURES
  }

  /** A part of an indicator. {@code GOAL}: it moved to another goal. */
  public enum IndicatorPart {
    NAME,
    GOAL,
    SOURCE,
    DIRECTION,
    UNIT,
    BASELINE,
    TARGET,
    DUE,
    SCHEDULE
  }

  /**
   * A goal added, removed or changed.
   *
   * @param before the goal in the older version; empty when added
   * @param after the goal in the newer version; empty when removed
   * @param parts what changed; empty unless {@code CHANGED}
   */
  public record GoalChange(
      Kind kind, String id, Optional<Goal> before, Optional<Goal> after, Set<GoalPart> parts) {
    public GoalChange {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      parts = ordered(parts);
    }

    /** The goal as it is now, or as it was when removed. */
    public Goal goal() {
      return after.or(() -> before).orElseThrow();
    }
  }

  /**
   * An indicator added, removed or changed.
   *
   * @param goalBefore the id of the goal it was under; empty when added
   * @param goalAfter the id of the goal it is under; empty when removed
   */
  public record IndicatorChange(
      Kind kind,
      String id,
      Optional<Indicator> before,
      Optional<Indicator> after,
      Optional<String> goalBefore,
      Optional<String> goalAfter,
      Set<IndicatorPart> parts) {
    public IndicatorChange {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      parts = ordered(parts);
    }

    /** The indicator as it is now, or as it was when removed. */
    public Indicator indicator() {
      return after.or(() -> before).orElseThrow();
    }
  }

  public PlanChanges {
    plan = ordered(plan);
    goals = List.copyOf(goals);
    indicators = List.copyOf(indicators);
  }

  /** An unmodifiable copy in the order of the enum, as pages and the API list the parts. */
  private static <E extends Enum<E>> Set<E> ordered(Set<E> parts) {
    return parts.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(parts));
  }

  /** Whether the two versions have the same goals, indicators and targets. */
  public boolean isEmpty() {
    return plan.isEmpty() && goals.isEmpty() && indicators.isEmpty();
  }

  /** What changed from {@code before} to {@code after}. */
  public static PlanChanges between(Plan before, Plan after) {
    Set<PlanPart> plan = EnumSet.noneOf(PlanPart.class);
    if (!before.title().equals(after.title())) {
      plan.add(PlanPart.TITLE);
    }
    if (!before.period().equals(after.period())) {
      plan.add(PlanPart.PERIOD);
    }
    if (!before.municipality().equals(after.municipality())) {
      plan.add(PlanPart.MUNICIPALITY);
    }
    return new PlanChanges(plan, goals(before, after), indicators(before, after));
  }

  private static List<GoalChange> goals(Plan before, Plan after) {
    Map<String, Placed<Goal>> old = goalsOf(before);
    Map<String, Placed<Goal>> now = goalsOf(after);
    List<GoalChange> changes = new ArrayList<>();
    now.forEach(
        (id, a) -> {
          Placed<Goal> b = old.get(id);
          if (b == null) {
            changes.add(
                new GoalChange(Kind.ADDED, id, Optional.empty(), Optional.of(a.item()), Set.of()));
            return;
          }
          Set<GoalPart> parts = EnumSet.noneOf(GoalPart.class);
          if (!a.item().title().equals(b.item().title())) {
            parts.add(GoalPart.TITLE);
          }
          if (!a.item().description().equals(b.item().description())) {
            parts.add(GoalPart.DESCRIPTION);
          }
          if (!a.parent().equals(b.parent())) {
            parts.add(GoalPart.PARENT);
          }
          if (!a.item().measures().equals(b.item().measures())) {
            parts.add(GoalPart.MEASURES);
          }
          if (!parts.isEmpty()) {
            changes.add(
                new GoalChange(
                    Kind.CHANGED, id, Optional.of(b.item()), Optional.of(a.item()), parts));
          }
        });
    old.forEach(
        (id, b) -> {
          if (!now.containsKey(id)) {
            changes.add(
                new GoalChange(
                    Kind.REMOVED, id, Optional.of(b.item()), Optional.empty(), Set.of()));
          }
        });
    return changes;
  }

  private static List<IndicatorChange> indicators(Plan before, Plan after) {
    Map<String, Placed<Indicator>> old = indicatorsOf(before);
    Map<String, Placed<Indicator>> now = indicatorsOf(after);
    List<IndicatorChange> changes = new ArrayList<>();
    now.forEach(
        (id, a) -> {
          Placed<Indicator> b = old.get(id);
          if (b == null) {
            changes.add(
                new IndicatorChange(
                    Kind.ADDED,
                    id,
                    Optional.empty(),
                    Optional.of(a.item()),
                    Optional.empty(),
                    a.parent(),
                    Set.of()));
            return;
          }
          Set<IndicatorPart> parts = parts(b.item(), a.item());
          if (!a.parent().equals(b.parent())) {
            parts.add(IndicatorPart.GOAL);
          }
          if (!parts.isEmpty()) {
            changes.add(
                new IndicatorChange(
                    Kind.CHANGED,
                    id,
                    Optional.of(b.item()),
                    Optional.of(a.item()),
                    b.parent(),
                    a.parent(),
                    parts));
          }
        });
    old.forEach(
        (id, b) -> {
          if (!now.containsKey(id)) {
            changes.add(
                new IndicatorChange(
                    Kind.REMOVED,
                    id,
                    Optional.of(b.item()),
                    Optional.empty(),
                    b.parent(),
                    Optional.empty(),
                    Set.of()));
          }
        });
    return changes;
  }

  private static Set<IndicatorPart> parts(Indicator b, Indicator a) {
    Set<IndicatorPart> parts = EnumSet.noneOf(IndicatorPart.class);
    if (!a.name().equals(b.name())) {
      parts.add(IndicatorPart.NAME);
    }
    if (!a.source().equals(b.source())) {
      parts.add(IndicatorPart.SOURCE);
    }
    if (a.direction() != b.direction()) {
      parts.add(IndicatorPart.DIRECTION);
    }
    if (!a.unit().equals(b.unit())) {
      parts.add(IndicatorPart.UNIT);
    }
    if (!a.baseline().equals(b.baseline())) {
      parts.add(IndicatorPart.BASELINE);
    }
    if (!a.target().equals(b.target())) {
      parts.add(IndicatorPart.TARGET);
    }
    if (!a.due().equals(b.due())) {
      parts.add(IndicatorPart.DUE);
    }
    if (!a.schedule().equals(b.schedule())) {
      parts.add(IndicatorPart.SCHEDULE);
    }
    return parts;
  }

  /** A goal or indicator with the id of the goal it sits under (empty for a main goal). */
  private record Placed<T>(T item, Optional<String> parent) {}

  private static Map<String, Placed<Goal>> goalsOf(Plan plan) {
    Map<String, Placed<Goal>> goals = new LinkedHashMap<>();
    plan.goals().forEach(g -> placeGoal(g, Optional.empty(), goals));
    return goals;
  }

  private static void placeGoal(Goal goal, Optional<String> parent, Map<String, Placed<Goal>> out) {
    out.put(goal.id(), new Placed<>(goal, parent));
    goal.subGoals().forEach(g -> placeGoal(g, Optional.of(goal.id()), out));
  }

  private static Map<String, Placed<Indicator>> indicatorsOf(Plan plan) {
    Map<String, Placed<Indicator>> indicators = new LinkedHashMap<>();
    for (Goal goal : plan.allGoals()) {
      goal.indicators()
          .forEach(i -> indicators.put(i.id(), new Placed<>(i, Optional.of(goal.id()))));
    }
    return indicators;
  }
}
