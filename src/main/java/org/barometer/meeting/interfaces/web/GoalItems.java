package org.barometer.meeting.interfaces.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.domain.GoalLink;

/**
 * The plans' goals as a picker's choices: one group per plan, each goal's value "plan/goal" ({@link
 * GoalLink#key()}), sub-goals indented under their goal.
 */
final class GoalItems {

  private GoalItems() {}

  static List<SelectItem> of(List<GoalCatalogue.PlanGoal> goals) {
    Map<String, List<SelectItem>> byPlan = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (GoalCatalogue.PlanGoal g : goals) {
      titles.putIfAbsent(g.planId(), g.planTitle());
      byPlan
          .computeIfAbsent(g.planId(), p -> new ArrayList<>())
          .add(
              new SelectItem(
                  new GoalLink(g.planId(), g.goalId()).key(),
                  "\u2003".repeat(g.depth()) + g.goalTitle()));
    }
    List<SelectItem> items = new ArrayList<>();
    byPlan.forEach(
        (plan, choices) -> {
          SelectItemGroup group = new SelectItemGroup(titles.get(plan));
          group.setSelectItems(choices.toArray(SelectItem[]::new));
          items.add(group);
        });
    return items;
  }
}
