package org.barometer.actionplan.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.actionplan.application.ActionPlanSummary;
import org.barometer.actionplan.application.ActivityDraft;
import org.barometer.actionplan.application.ActivityExchange;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.actionplan.application.FollowUpActivities;
import org.barometer.actionplan.application.NewActionPlan;
import org.barometer.actionplan.application.NewReport;
import org.barometer.actionplan.application.ReportView;
import org.barometer.goals.application.Plans;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.rest.BodyLimit;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's action plans: the activities that serve its goals, who answers for them, and their
 * status as reported. Analysts write; every staff role reads.
 */
@Path("/plans/{planId}/action-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
@Allowed({Role.VIEWER})
public class ActionPlanResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Where an activity goes: another action plan of the plan (or its own), and its place. */
  public record MoveForm(Long actionPlanId, Integer position) {}

  /** A follow-up point of a meeting's minutes to turn into an activity. */
  public record FollowUpForm(Long meetingId, Long followUpId, List<String> goalIds) {}

  /** What an Excel import did. */
  public record Imported(int created, int updated) {}

  @Inject ActionPlanService service;
  @Inject ActivityExchange exchange;
  @Inject FollowUpActivities followUps;
  @Inject Plans plans;

  @GET
  @Operation(summary = "The plan's action plans, earliest first, with counts of their statuses")
  public List<ActionPlanSummary> actionPlans(@PathParam("planId") String planId) {
    return service.actionPlans(planId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Create an action plan",
      description =
          "Without startsOn and endsOn the period is the calendar year (of the day given, else"
              + " this year); without a title it is 'Handlingsplan' and the year. 409 when the plan"
              + " has an action plan of that title.")
  public Response create(
      @PathParam("planId") String planId,
      @NotNull(message = "a JSON body is required") NewActionPlan form) {
    ActionPlanSummary created = service.create(planId, form);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("/by-goal")
  @Operation(
      summary = "The activities serving each goal, for the scorecard",
      description =
          "From the action plan covering 'asOf' (a date, today when left out): goal id to its"
              + " activities with their owner and status. Empty when no action plan covers it.")
  public Map<String, List<ActivityView>> byGoal(
      @PathParam("planId") String planId, @QueryParam("asOf") String asOf) {
    LocalDate day;
    try {
      day = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("asOf", "asOf must be a date such as 2026-11-30");
    }
    plans.plan(planId);
    return service.activitiesByGoal(planId, day);
  }

  @GET
  @Path("/{actionPlanId}")
  @Operation(summary = "One action plan with counts of its statuses")
  public ActionPlanSummary actionPlan(
      @PathParam("planId") String planId, @PathParam("actionPlanId") long actionPlanId) {
    return service.actionPlan(planId, actionPlanId);
  }

  @GET
  @Path("/{actionPlanId}/activities")
  @Operation(
      summary = "The activities in their order",
      description = "Each with its goals, owner, dates and status: the latest report, if any.")
  public List<ActivityView> activities(
      @PathParam("planId") String planId, @PathParam("actionPlanId") long actionPlanId) {
    return service.activities(planId, actionPlanId);
  }

  @POST
  @Path("/{actionPlanId}/activities")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Add an activity at the end",
      description =
          "goalIds name goals of the plan (at least one; an unknown one is refused naming"
              + " goalIds). An owner is ownerName with ownerEmail; ownerUnit is optional.")
  public Response addActivity(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @NotNull(message = "a JSON body is required") ActivityDraft form) {
    return Response.status(Response.Status.CREATED)
        .entity(service.addActivity(planId, actionPlanId, form))
        .build();
  }

  @GET
  @Path("/{actionPlanId}/activities/{activityId}")
  @Operation(summary = "One activity")
  public ActivityView activity(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @PathParam("activityId") long activityId) {
    return service.activity(planId, actionPlanId, activityId);
  }

  @PUT
  @Path("/{actionPlanId}/activities/{activityId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(summary = "Change an activity: every field is replaced")
  public ActivityView changeActivity(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @PathParam("activityId") long activityId,
      @NotNull(message = "a JSON body is required") ActivityDraft form) {
    return service.changeActivity(planId, actionPlanId, activityId, form);
  }

  @POST
  @Path("/{actionPlanId}/activities/{activityId}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Move an activity",
      description =
          "To another place (position 1 is the first; left out, the end) in its own action plan"
              + " or in another one (actionPlanId) of the same plan; another plan's is refused.")
  public ActivityView move(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @PathParam("activityId") long activityId,
      @NotNull(message = "a JSON body is required") MoveForm form) {
    return service.moveActivity(
        planId, actionPlanId, activityId, form.actionPlanId(), form.position());
  }

  @GET
  @Path("/{actionPlanId}/activities/{activityId}/reports")
  @Operation(summary = "The activity's status reports, newest first")
  public List<ReportView> reports(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @PathParam("activityId") long activityId) {
    return service.reports(planId, actionPlanId, activityId);
  }

  @POST
  @Path("/{actionPlanId}/activities/{activityId}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Report the activity's status",
      description =
          "status is green (on plan), yellow (at risk), red (deviation), done or cancelled."
              + " Yellow and red need a cause and a recommendedAction (422 naming the one"
              + " missing). The latest report is the activity's status.")
  public Response report(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @PathParam("activityId") long activityId,
      @NotNull(message = "a JSON body is required") NewReport form,
      @Context SecurityContext security) {
    ReportView report =
        service.report(
            planId, actionPlanId, activityId, form, security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(report).build();
  }

  @POST
  @Path("/current/activities/from-follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST, Role.ORGANISER})
  @Operation(
      summary = "Turn a meeting's follow-up point into an activity of the current action plan",
      description =
          "The current action plan is the one covering today (409 when none does). The activity"
              + " takes the follow-up's text and due date and remembers where it came from;"
              + " goalIds are the goals it serves (when left out, the goal the follow-up names as"
              + " plan-id/goal-id). 409 when the follow-up is in the action plan already.")
  public Response fromFollowUp(
      @PathParam("planId") String planId,
      @NotNull(message = "a JSON body is required") FollowUpForm form) {
    if (form.meetingId() == null) {
      throw new InvalidInputException("meetingId", "meetingId is required");
    }
    if (form.followUpId() == null) {
      throw new InvalidInputException("followUpId", "followUpId is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(followUps.activityFrom(planId, form.meetingId(), form.followUpId(), form.goalIds()))
        .build();
  }

  @GET
  @Path("/{actionPlanId}/activities.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "The activities as an Excel workbook",
      description =
          "Columns id, title, description, goals (comma-separated goal ids), owner name, owner"
              + " unit, owner e-mail, partners, start, end, status.")
  public Response export(
      @PathParam("planId") String planId, @PathParam("actionPlanId") long actionPlanId) {
    ActivityExchange.Export export = exchange.export(planId, actionPlanId);
    return Response.ok(export.workbook(), XLSX)
        .header("Content-Disposition", ContentDisposition.attachment(export.title() + ".xlsx"))
        .build();
  }

  @POST
  @Path("/{actionPlanId}/activities.xlsx")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @BodyLimit(megabytes = 8)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Import activities from an Excel workbook",
      description =
          "The multipart field 'file' holds a workbook with the export's columns: a row with an"
              + " id changes that activity, a row without one adds an activity; status is not"
              + " read. One bad row refuses the whole file (422), every problem named by row,"
              + " column and value; nothing is written then.")
  public Imported importWorkbook(
      @PathParam("planId") String planId,
      @PathParam("actionPlanId") long actionPlanId,
      @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "Send the workbook as the multipart field 'file'.");
    }
    byte[] bytes;
    try (InputStream in = file.getContent()) {
      bytes = in.readNBytes(8 << 20);
    }
    ActivityExchange.Imported done = exchange.importWorkbook(planId, actionPlanId, bytes);
    return new Imported(done.created(), done.updated());
  }
}
