package org.barometer.goals.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A municipality's strategic business plan: its period and its goals. A municipality has several
 * plans over time; {@link #copyForNextPeriod} starts the next from this one.
 *
 * @param id a stable identifier, e.g. {@code sandefjord-2023-2026}
 */
public record Plan(
    String id, Municipality municipality, String title, PlanPeriod period, List<Goal> goals) {

  /**
   * @throws IllegalArgumentException when a goal or indicator id is used twice
   */
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(period, "period");
    goals = List.copyOf(goals);
    Set<String> goalIds = new HashSet<>();
    Set<String> indicatorIds = new HashSet<>();
    for (Goal top : goals) {
      for (Goal g : top.selfAndDescendants().toList()) {
        if (!goalIds.add(g.id())) {
          throw new IllegalArgumentException("Goal id '" + g.id() + "' is used twice");
        }
        for (Indicator i : g.indicators()) {
          if (!indicatorIds.add(i.id())) {
            throw new IllegalArgumentException("Indicator id '" + i.id() + "' is used twice");
          }
        }
      }
    }
  }

  /** Every goal, main goals and sub-goals, depth first. */
  public List<Goal> allGoals() {
    return goals.stream().flatMap(Goal::selfAndDescendants).toList();
  }

  /** Every indicator of the plan. */
  public List<Indicator> allIndicators() {
    return goals.stream().flatMap(g -> g.allIndicators().stream()).toList();
  }

  public Optional<Indicator> indicator(String indicatorId) {
    return allIndicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * The start of the next plan: the same goals and indicators for the period after, as offices do
   * when a plan is rolled forward (Sarpsborg every year, Stenungsund every fourth). Indicators
   * whose deadline was this plan's last year follow the new period; own deadlines and baselines
   * stay until someone revises them.
   */
  public Plan copyForNextPeriod(String newId, String newTitle) {
    PlanPeriod next = period.next();
    return new Plan(
        newId, municipality, newTitle, next, goals.stream().map(this::rolledForward).toList());
  }

  private Goal rolledForward(Goal g) {
    return new Goal(
        g.id(),
        g.title(),
        g.description(),
        g.indicators().stream()
            .map(
                i ->
                    i.due().isPresent() && i.due().getAsInt() == period.to()
                        ? new Indicator(
                            i.id(),
                            i.name(),
                            i.source(),
                            i.direction(),
                            i.unit(),
                            i.baseline(),
                            i.target(),
                            java.util.OptionalInt.empty(),
                            i.schedule())
                        : i)
            .toList(),
        g.subGoals().stream().map(this::rolledForward).toList(),
        g.measures());
  }
}
