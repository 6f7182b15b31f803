package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barometer.actionplan.application.ActivityWorkbook.WorkbookRow;
import org.barometer.actionplan.domain.ActionPlan;
import org.barometer.actionplan.domain.ActionPlanRepository;
import org.barometer.actionplan.domain.Activity;
import org.barometer.goals.application.Plans;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.error.Problem;

/**
 * An action plan's activities out to Excel and back. An import is one transaction: every row is
 * checked (goals against the plan, owners' addresses, dates, ids of this action plan), and one bad
 * row refuses the whole file with every problem named by row, column and value, so nothing is
 * half-written.
 */
@ApplicationScoped
@Transactional
public class ActivityExchange {

  /** What an import did. */
  public record Imported(int created, int updated) {}

  /** Domain fields to the workbook's column names. */
  private static final Map<String, String> COLUMN_OF =
      Map.ofEntries(
          Map.entry("title", "title"),
          Map.entry("description", "description"),
          Map.entry("goalIds", "goals"),
          Map.entry("owner.name", "owner name"),
          Map.entry("owner.unit", "owner unit"),
          Map.entry("owner.email", "owner e-mail"),
          Map.entry("partners", "partners"),
          Map.entry("startsOn", "start"),
          Map.entry("endsOn", "end"));

  private ActionPlanRepository repository;
  private Plans plans;
  private Clock clock;

  protected ActivityExchange() {}

  @Inject
  public ActivityExchange(ActionPlanRepository repository, Plans plans, Clock clock) {
    this.repository = repository;
    this.plans = plans;
    this.clock = clock;
  }

  /** The action plan's title (for the file name) and its activities as a workbook. */
  public record Export(String title, byte[] workbook) {}

  public Export export(String planId, long actionPlanId) {
    ActionPlan actionPlan = actionPlan(planId, actionPlanId);
    List<ActivityView> activities =
        repository.activities(actionPlan).stream().map(Views::activity).toList();
    return new Export(actionPlan.title(), ActivityWorkbook.write(actionPlan.title(), activities));
  }

  /**
   * Reads a workbook into the action plan: rows with an id change that activity, rows without one
   * are added at the end.
   *
   * @throws InvalidInputException with every problem, by row, column and value; nothing is written
   */
  public Imported importWorkbook(String planId, long actionPlanId, byte[] file) {
    ActionPlan actionPlan = actionPlan(planId, actionPlanId);
    List<WorkbookRow> rows = ActivityWorkbook.read(file);
    List<Problem> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Instant now = clock.instant();
    int position = repository.activities(actionPlan).size();
    int created = 0;
    int updated = 0;
    for (WorkbookRow row : rows) {
      try {
        if (row.id() == null) {
          Activity activity =
              new Activity(
                  actionPlan,
                  ++position,
                  row.draft().title(),
                  Drafts.goals(plans, planId, row.draft().goalIds()),
                  now);
          write(activity, row);
          repository.add(activity);
          created++;
        } else {
          if (!seen.add(row.id())) {
            problems.add(
                new Problem(
                    row.row(), "id", row.id().toString(), "the same id is on an earlier row"));
            continue;
          }
          Optional<Activity> activity =
              repository.activity(row.id()).filter(a -> a.actionPlan().id().equals(actionPlanId));
          if (activity.isEmpty()) {
            problems.add(
                new Problem(
                    row.row(),
                    "id",
                    row.id().toString(),
                    actionPlan.title()
                        + " has no such activity; leave the id empty for a new one"));
            continue;
          }
          write(activity.get(), row);
          updated++;
        }
      } catch (InvalidInputException e) {
        String field = e.field() == null ? "" : e.field();
        problems.add(
            new Problem(
                row.row(),
                COLUMN_OF.getOrDefault(field, field),
                value(row, field),
                e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw ActivityWorkbook.refused(problems);
    }
    return new Imported(created, updated);
  }

  private ActionPlan actionPlan(String planId, long actionPlanId) {
    return repository
        .actionPlan(actionPlanId)
        .filter(a -> a.planId().equals(planId))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "The plan " + planId + " has no action plan " + actionPlanId + "."));
  }

  private void write(Activity activity, WorkbookRow row) {
    Drafts.write(
        activity,
        row.draft(),
        Drafts.goals(plans, activity.actionPlan().planId(), row.draft().goalIds()),
        clock.instant());
  }

  private static String value(WorkbookRow row, String field) {
    ActivityDraft d = row.draft();
    return switch (field) {
      case "title" -> d.title();
      case "description" -> d.description();
      case "goalIds" -> String.join(", ", d.goalIds());
      case "owner.name" -> d.ownerName();
      case "owner.unit" -> d.ownerUnit();
      case "owner.email" -> d.ownerEmail();
      case "partners" -> d.partners();
      case "startsOn" -> String.valueOf(d.startsOn());
      case "endsOn" -> String.valueOf(d.endsOn());
      default -> null;
    };
  }
}
