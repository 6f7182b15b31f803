package org.barometer.report.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.actionplan.application.ReportView;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Plan;
import org.barometer.report.application.ReportModel.ActivityGroup;
import org.barometer.report.application.ReportModel.ActivityLine;

/**
 * The action plan by goal: each activity of the action plan covering the day, with the status of
 * its last report made by the end of that day (so a report issued again for the same day says the
 * same), and for yellow and red the cause and the recommended action.
 */
final class ActivityParts {

  /** The municipalities' civil time, which the day's end is counted in. */
  static final ZoneId CIVIL = ZoneId.of("Europe/Oslo");

  private final ActionPlanService actionPlans;
  private final ReportWords words;

  ActivityParts(ActionPlanService actionPlans, ReportWords words) {
    this.actionPlans = actionPlans;
    this.words = words;
  }

  List<ActivityGroup> of(Plan plan, LocalDate day) {
    Map<String, List<ActivityView>> byGoal = actionPlans.activitiesByGoal(plan.id(), day);
    List<ActivityGroup> groups = new ArrayList<>();
    for (Goal goal : plan.allGoals()) {
      List<ActivityView> activities = byGoal.getOrDefault(goal.id(), List.of());
      if (!activities.isEmpty()) {
        groups.add(
            new ActivityGroup(
                goal.id(),
                goal.title(),
                activities.stream().map(a -> line(plan.id(), a, day)).toList()));
      }
    }
    return groups;
  }

  private ActivityLine line(String planId, ActivityView a, LocalDate day) {
    Optional<ReportView> report = lastBy(planId, a, day);
    String status = report.map(ReportView::status).orElse("NONE");
    boolean deviation = status.equals("YELLOW") || status.equals("RED");
    return new ActivityLine(
        a.title(),
        a.ownerUnit() == null ? "" : a.ownerUnit(),
        words.text("report.activity." + status),
        deviation ? report.map(ReportView::cause).orElse("") : "",
        deviation ? report.map(ReportView::recommendedAction).orElse("") : "");
  }

  private Optional<ReportView> lastBy(String planId, ActivityView a, LocalDate day) {
    if (a.reports() == 0) {
      return Optional.empty();
    }
    var end = day.plusDays(1).atStartOfDay(CIVIL).toInstant();
    return actionPlans.reports(planId, a.actionPlanId(), a.id()).stream()
        .filter(r -> r.reportedAt().isBefore(end))
        .max(Comparator.comparing(ReportView::reportedAt).thenComparing(ReportView::id));
  }
}
