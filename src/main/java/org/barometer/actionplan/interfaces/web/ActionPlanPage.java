package org.barometer.actionplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.actionplan.application.ActionPlanSummary;
import org.barometer.actionplan.application.ActivityDraft;
import org.barometer.actionplan.application.ActivityExchange;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.actionplan.application.ReportView;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Plan;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * An action plan of a plan: its activities grouped under the goals they serve, each with its status
 * (a coloured badge and a word), owner, dates and, for yellow and red, the cause and the
 * recommended action; for analysts the forms to add, change, move and report on an activity, to
 * start another action plan, and to exchange the activities as Excel.
 */
@Named
@ViewScoped
public class ActionPlanPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Norway's and Sweden's clock. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  @Inject ActionPlanService service;
  @Inject ActivityExchange exchange;
  @Inject Plans plans;
  @Inject LanguageChoice language;

  private String planId;
  private Long id;

  private transient Plan plan;
  private transient List<ActionPlanSummary> actionPlans;
  private transient ActionPlanSummary actionPlan;
  private transient List<ActivityView> activities;

  /** The activity being written: null for none, 0 for a new one. */
  private Long editing;

  private ActivityForm activity = new ActivityForm();

  /** The activity being reported on, or null. */
  private Long reporting;

  private ReportForm report = new ReportForm();

  private final ActionPlanForm newPlan = new ActionPlanForm();

  /** The page's view action: the action plan asked for, else the current one, else the first. */
  @StaffAction(Role.VIEWER)
  public void load() {
    plan = plans.plan(planId);
    actionPlans = service.actionPlans(planId);
    if (id == null) {
      LocalDate today = LocalDate.now();
      id =
          actionPlans.stream()
              .filter(a -> !today.isBefore(a.startsOn()) && !today.isAfter(a.endsOn()))
              .map(ActionPlanSummary::id)
              .reduce((a, b) -> b)
              .orElse(actionPlans.isEmpty() ? null : actionPlans.get(0).id());
    }
  }

  private void refresh() {
    actionPlans = null;
    actionPlan = null;
    activities = null;
  }

  public Plan getPlan() {
    if (plan == null) {
      plan = plans.plan(planId);
    }
    return plan;
  }

  public List<ActionPlanSummary> getActionPlans() {
    if (actionPlans == null) {
      actionPlans = service.actionPlans(planId);
    }
    return actionPlans;
  }

  /** The action plan shown, or null when the plan has none yet. */
  public ActionPlanSummary getActionPlan() {
    if (actionPlan == null && id != null) {
      actionPlan = service.actionPlan(planId, id);
    }
    return actionPlan;
  }

  public List<ActivityView> getActivities() {
    if (activities == null) {
      activities = id == null ? List.of() : service.activities(planId, id);
    }
    return activities;
  }

  /** A goal of the plan with the activities serving it, in the plan's order. */
  public record GoalGroup(String goalId, String title, int depth, List<ActivityView> activities) {}

  /**
   * The plan's goals that have activities, each with them; an activity serving two goals is under
   * both. Goals no longer in the plan (a revised file) come last under their id.
   */
  public List<GoalGroup> getGroups() {
    Map<String, List<ActivityView>> byGoal = new LinkedHashMap<>();
    for (ActivityView a : getActivities()) {
      a.goalIds().forEach(g -> byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(a));
    }
    List<GoalGroup> groups = new ArrayList<>();
    for (Goal top : getPlan().goals()) {
      collect(top, 0, byGoal, groups);
    }
    byGoal.forEach((goal, list) -> groups.add(new GoalGroup(goal, goal, 0, list)));
    return groups;
  }

  private static void collect(
      Goal goal, int depth, Map<String, List<ActivityView>> byGoal, List<GoalGroup> groups) {
    List<ActivityView> list = byGoal.remove(goal.id());
    if (list != null) {
      groups.add(new GoalGroup(goal.id(), goal.title(), depth, list));
    }
    goal.subGoals().forEach(g -> collect(g, depth + 1, byGoal, groups));
  }

  /** Every goal of the plan, indented by depth, for the goals' choice. */
  public Map<String, String> getGoalChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (Goal top : getPlan().goals()) {
      choose(top, 0, choices);
    }
    return choices;
  }

  private static void choose(Goal goal, int depth, Map<String, String> choices) {
    choices.put("\u00a0\u00a0".repeat(depth) + goal.title(), goal.id());
    goal.subGoals().forEach(g -> choose(g, depth + 1, choices));
  }

  /** The status as a CSS suffix: the status, or NONE before the first report. */
  public String statusOf(ActivityView a) {
    return a.status() == null ? "NONE" : a.status();
  }

  public boolean deviation(ActivityView a) {
    return "YELLOW".equals(a.status()) || "RED".equals(a.status());
  }

  /** The statuses with their counts for the summary, those with none left out. */
  public List<Map.Entry<String, Integer>> getCounts() {
    return getActionPlan() == null
        ? List.of()
        : getActionPlan().statusCounts().entrySet().stream().filter(e -> e.getValue() > 0).toList();
  }

  @StaffAction(Role.ANALYST)
  public void startNew() {
    editing = 0L;
    reporting = null;
    activity = new ActivityForm();
  }

  @StaffAction(Role.ANALYST)
  public void edit(long activityId) {
    activity = ActivityForm.of(service.activity(planId, id, activityId), id);
    editing = activityId;
    reporting = null;
  }

  @StaffAction(Role.ANALYST)
  public void save() {
    ActivityDraft draft = activity.draft();
    boolean isNew = editing == null || editing == 0L;
    if (Messages.attempt(
        () -> {
          if (isNew) {
            service.addActivity(planId, id, draft);
          } else {
            service.changeActivity(planId, id, editing, draft);
          }
        },
        Messages.text(isNew ? "actions.added" : "actions.saved", activity.getTitle()))) {
      editing = null;
      refresh();
    }
  }

  @StaffAction(Role.ANALYST)
  public void move() {
    if (Messages.attempt(
        () ->
            service.moveActivity(
                planId, id, editing, activity.getMoveTo(), activity.getMovePosition()),
        Messages.text("actions.moved", activity.getTitle()))) {
      editing = null;
      refresh();
    }
  }

  @StaffAction(Role.ANALYST)
  public void startReport(long activityId) {
    report = ReportForm.on(service.activity(planId, id, activityId));
    reporting = activityId;
    editing = null;
  }

  @StaffAction(Role.ANALYST)
  public void saveReport() {
    String reporter =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    if (Messages.attempt(
        () -> service.report(planId, id, reporting, report.report(), reporter),
        Messages.text("actions.reported", report.getActivityTitle()))) {
      reporting = null;
      refresh();
    }
  }

  @StaffAction(Role.ANALYST)
  public void cancel() {
    editing = null;
    reporting = null;
  }

  @StaffAction(Role.ANALYST)
  public String createActionPlan() {
    ActionPlanSummary[] created = new ActionPlanSummary[1];
    if (Messages.attempt(() -> created[0] = service.create(planId, newPlan.actionPlan()))) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(Messages.text("actions.created", created[0].title()));
      return "/staff/actions/plan?faces-redirect=true&plan=" + planId + "&id=" + created[0].id();
    }
    return null;
  }

  @StaffAction(Role.ANALYST)
  public void upload(FileUploadEvent event) {
    try {
      byte[] bytes = event.getFile().getInputStream().readNBytes(8 << 20);
      Messages.attempt(
          () -> {
            ActivityExchange.Imported done = exchange.importWorkbook(planId, id, bytes);
            Messages.info(Messages.text("actions.imported", done.created(), done.updated()));
          });
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reports on an activity before the latest, newest first. */
  public List<ReportView> earlier(ActivityView a) {
    List<ReportView> all = service.reports(planId, id, a.id());
    return all.size() <= 1 ? List.of() : all.subList(1, all.size());
  }

  /** The day of a report in the user's language, on the municipality's clock. */
  public String day(Instant at) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(language.getLocale())
        .format(at.atZone(ZONE));
  }

  public String getPlanId() {
    return planId;
  }

  public void setPlanId(String planId) {
    this.planId = planId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEditing() {
    return editing;
  }

  public Long getReporting() {
    return reporting;
  }

  /** The activity form: what is typed about the activity being written. */
  public ActivityForm getActivity() {
    return activity;
  }

  /** The report form: what is typed about the activity being reported on. */
  public ReportForm getReport() {
    return report;
  }

  /** The form to start another action plan. */
  public ActionPlanForm getNewPlan() {
    return newPlan;
  }
}
