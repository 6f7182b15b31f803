package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.actionplan.domain.ActionPlan;
import org.barometer.actionplan.domain.ActionPlanRepository;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.ActivityOrigin;
import org.barometer.actionplan.domain.ActivityStatus;
import org.barometer.actionplan.domain.StatusReport;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Plan;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;

/**
 * Action plans and their activities, as analysts keep them: create an action plan for a plan's
 * year, write, change and move its activities, and report their status. Every goal an activity
 * names is checked against the plan as stored now.
 */
@ApplicationScoped
@Transactional
public class ActionPlanService {

  /** "Handlingsplan 2026": the same word in Norwegian and Swedish. */
  static final String DEFAULT_TITLE = "Handlingsplan ";

  private ActionPlanRepository repository;
  private Plans plans;
  private Clock clock;

  protected ActionPlanService() {}

  @Inject
  public ActionPlanService(ActionPlanRepository repository, Plans plans, Clock clock) {
    this.repository = repository;
    this.plans = plans;
    this.clock = clock;
  }

  /** The plan's action plans, earliest first. */
  public List<ActionPlanSummary> actionPlans(String planId) {
    plans.plan(planId);
    return repository.actionPlans(planId).stream().map(this::summary).toList();
  }

  /**
   * @throws NotFoundException when the plan has no such action plan
   */
  public ActionPlanSummary actionPlan(String planId, long actionPlanId) {
    return summary(find(planId, actionPlanId));
  }

  /**
   * Creates an action plan for the plan.
   *
   * @throws NotFoundException when there is no such plan
   * @throws ConflictException when the plan has an action plan of that title
   * @throws InvalidInputException naming the field when the period ends before it starts
   */
  public ActionPlanSummary create(String planId, NewActionPlan wanted) {
    plans.plan(planId);
    LocalDate start = wanted.startsOn();
    LocalDate end = wanted.endsOn();
    int year =
        start != null
            ? start.getYear()
            : end != null ? end.getYear() : LocalDate.now(clock).getYear();
    start = start != null ? start : LocalDate.of(year, 1, 1);
    end = end != null ? end : LocalDate.of(start.getYear(), 12, 31);
    String title =
        wanted.title() == null || wanted.title().isBlank() ? DEFAULT_TITLE + year : wanted.title();
    return summary(add(new ActionPlan(planId, title, start, end, clock.instant())));
  }

  private ActionPlan add(ActionPlan actionPlan) {
    if (repository.actionPlans(actionPlan.planId()).stream()
        .anyMatch(a -> a.title().equalsIgnoreCase(actionPlan.title()))) {
      throw new ConflictException(
          "title",
          "The plan " + actionPlan.planId() + " has an action plan '" + actionPlan.title() + "'.");
    }
    repository.add(actionPlan);
    return actionPlan;
  }

  /**
   * The action plan whose period covers the day (the one starting latest, if several do).
   *
   * @throws ConflictException when none does
   */
  public ActionPlanSummary current(String planId, LocalDate day) {
    return summary(covering(planId, day));
  }

  ActionPlan covering(String planId, LocalDate day) {
    plans.plan(planId);
    return repository.actionPlans(planId).stream()
        .filter(a -> a.covers(day))
        .max(Comparator.comparing(ActionPlan::startsOn))
        .orElseThrow(
            () ->
                new ConflictException(
                    "actionPlan",
                    "No action plan of " + planId + " covers " + day + "; create one first."));
  }

  /** The activities of an action plan in their order. */
  public List<ActivityView> activities(String planId, long actionPlanId) {
    return repository.activities(find(planId, actionPlanId)).stream().map(Views::activity).toList();
  }

  public ActivityView activity(String planId, long actionPlanId, long activityId) {
    return Views.activity(findActivity(planId, actionPlanId, activityId));
  }

  /**
   * Adds an activity at the end of the action plan.
   *
   * @throws InvalidInputException naming the field: a goal the plan does not have, a missing title,
   *     an owner without e-mail, a period out of order
   */
  public ActivityView addActivity(String planId, long actionPlanId, ActivityDraft draft) {
    ActionPlan actionPlan = find(planId, actionPlanId);
    return Views.activity(add(actionPlan, draft, List.of()));
  }

  Activity add(ActionPlan actionPlan, ActivityDraft draft, List<ActivityOrigin> origins) {
    Instant now = clock.instant();
    Set<String> goals = Drafts.goals(plans, actionPlan.planId(), draft.goalIds());
    Activity activity =
        new Activity(
            actionPlan, repository.activities(actionPlan).size() + 1, draft.title(), goals, now);
    Drafts.write(activity, draft, goals, now);
    origins.forEach(o -> activity.cameFrom(o, now));
    repository.add(activity);
    return activity;
  }

  /**
   * Rewrites an activity with the draft: every field is replaced.
   *
   * @throws InvalidInputException as {@link #addActivity}
   */
  public ActivityView changeActivity(
      String planId, long actionPlanId, long activityId, ActivityDraft draft) {
    Activity activity = findActivity(planId, actionPlanId, activityId);
    Drafts.write(activity, draft, Drafts.goals(plans, planId, draft.goalIds()), clock.instant());
    return Views.activity(activity);
  }

  /**
   * Moves an activity to a place in its own action plan, or to another action plan of the same
   * plan.
   *
   * @param targetActionPlanId the action plan to move to; null for its own
   * @param position its new place, 1 for the first; null for the end
   * @throws InvalidInputException naming {@code actionPlanId} when the target belongs to another
   *     plan
   */
  public ActivityView moveActivity(
      String planId,
      long actionPlanId,
      long activityId,
      Long targetActionPlanId,
      Integer position) {
    Activity activity = findActivity(planId, actionPlanId, activityId);
    ActionPlan source = activity.actionPlan();
    ActionPlan target =
        targetActionPlanId == null || targetActionPlanId == actionPlanId
            ? source
            : repository
                .actionPlan(targetActionPlanId)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "actionPlanId", "There is no action plan " + targetActionPlanId));
    List<Activity> order = new ArrayList<>(repository.activities(target));
    order.remove(activity);
    int index = position == null ? order.size() : Math.max(0, Math.min(order.size(), position - 1));
    activity.moveTo(target, index + 1, clock.instant());
    order.add(index, activity);
    renumber(order);
    if (target != source) {
      List<Activity> rest = new ArrayList<>(repository.activities(source));
      rest.remove(activity);
      renumber(rest);
    }
    return Views.activity(activity);
  }

  private static void renumber(List<Activity> order) {
    for (int i = 0; i < order.size(); i++) {
      order.get(i).placeAt(i + 1);
    }
  }

  /**
   * Records a staff member's status report on an activity; it becomes the activity's status.
   *
   * @throws InvalidInputException naming {@code status}, {@code cause} or {@code recommendedAction}
   */
  public ReportView report(
      String planId, long actionPlanId, long activityId, NewReport wanted, String reporter) {
    Activity activity = findActivity(planId, actionPlanId, activityId);
    StatusReport report =
        activity.report(
            status(wanted.status()),
            wanted.cause(),
            wanted.recommendedAction(),
            wanted.note(),
            reporter,
            null,
            clock.instant());
    repository.add(report);
    return Views.report(report);
  }

  /** Every report on an activity, newest first. */
  public List<ReportView> reports(String planId, long actionPlanId, long activityId) {
    List<ReportView> all =
        new ArrayList<>(
            findActivity(planId, actionPlanId, activityId).reports().stream()
                .map(Views::report)
                .toList());
    java.util.Collections.reverse(all);
    return all;
  }

  /**
   * The activities serving each goal of a plan, in the action plan covering the day (none when no
   * action plan does): for the scorecard, beside the goal's indicators.
   */
  public Map<String, List<ActivityView>> activitiesByGoal(String planId, LocalDate day) {
    Optional<ActionPlan> actionPlan =
        repository.actionPlans(planId).stream()
            .filter(a -> a.covers(day))
            .max(Comparator.comparing(ActionPlan::startsOn));
    Map<String, List<ActivityView>> byGoal = new LinkedHashMap<>();
    actionPlan.ifPresent(
        a ->
            repository.activities(a).stream()
                .map(Views::activity)
                .forEach(
                    v ->
                        v.goalIds()
                            .forEach(
                                g -> byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(v))));
    return byGoal;
  }

  /**
   * The plan's first action plan from its measures: one activity, without an owner, for each
   * measure, serving the goal it is listed under (a measure listed under several goals serves them
   * all). Nothing happens when the plan has an action plan already or lists no measures.
   *
   * @return the action plan created, or empty
   */
  public Optional<ActionPlanSummary> seedFromMeasures(Plan plan) {
    if (!repository.actionPlans(plan.id()).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Set<String>> goalsByMeasure = new LinkedHashMap<>();
    for (Goal goal : plan.allGoals()) {
      for (String measure : goal.measures()) {
        if (measure != null && !measure.isBlank()) {
          goalsByMeasure
              .computeIfAbsent(measure.strip(), m -> new LinkedHashSet<>())
              .add(goal.id());
        }
      }
    }
    if (goalsByMeasure.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    ActionPlan actionPlan =
        add(
            ActionPlan.forYear(
                plan.id(),
                DEFAULT_TITLE + LocalDate.now(clock).getYear(),
                LocalDate.now(clock).getYear(),
                now));
    int position = 1;
    for (Map.Entry<String, Set<String>> measure : goalsByMeasure.entrySet()) {
      repository.add(
          new Activity(actionPlan, position++, title(measure.getKey()), measure.getValue(), now));
    }
    return Optional.of(summary(actionPlan));
  }

  /** A measure's name as an activity's title: at most 500 characters. */
  private static String title(String measure) {
    return measure.length() <= 500 ? measure : measure.substring(0, 499) + "…";
  }

  /**
   * Turns a follow-up point into an activity of the action plan covering today, unless one came
   * from it already.
   *
   * @throws ConflictException when no action plan covers today, or the follow-up is in it already
   */
  public ActivityView addFromFollowUp(String planId, long followUpId, ActivityDraft draft) {
    ActionPlan actionPlan = covering(planId, LocalDate.now(clock));
    ActivityOrigin origin = ActivityOrigin.followUp(followUpId);
    repository.activities(actionPlan).stream()
        .filter(a -> a.origins().contains(origin))
        .findFirst()
        .ifPresent(
            a -> {
              throw new ConflictException(
                  "followUpId",
                  "The follow-up point is activity " + a.id() + " of " + actionPlan.title() + ".");
            });
    return Views.activity(add(actionPlan, draft, List.of(origin)));
  }

  ActionPlan find(String planId, long actionPlanId) {
    return repository
        .actionPlan(actionPlanId)
        .filter(a -> a.planId().equals(planId))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "The plan " + planId + " has no action plan " + actionPlanId + "."));
  }

  Activity findActivity(String planId, long actionPlanId, long activityId) {
    ActionPlan actionPlan = find(planId, actionPlanId);
    return repository
        .activity(activityId)
        .filter(a -> a.actionPlan().id().equals(actionPlan.id()))
        .orElseThrow(
            () ->
                new NotFoundException(actionPlan.title() + " has no activity " + activityId + "."));
  }

  /**
   * @throws InvalidInputException naming {@code status} when it is none of the five
   */
  static ActivityStatus status(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("status", "status is required");
    }
    try {
      return ActivityStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "status must be green, yellow, red, done or cancelled, not '" + text + "'");
    }
  }

  private ActionPlanSummary summary(ActionPlan a) {
    List<Activity> activities = repository.activities(a);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActivityStatus s : ActivityStatus.values()) {
      counts.put(s.name(), 0);
    }
    counts.put("NONE", 0);
    activities.forEach(
        x ->
            counts.merge(
                x.latestReport().map(r -> r.status().name()).orElse("NONE"), 1, Integer::sum));
    return new ActionPlanSummary(
        a.id(), a.planId(), a.title(), a.startsOn(), a.endsOn(), activities.size(), counts);
  }
}
