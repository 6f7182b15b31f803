package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.barometer.meeting.application.MinutesMail;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.UnknownGoalException;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Minutes;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What comes of a meeting, for the staff who ran it: the minutes (Markdown, the last version kept,
 * mailed to those who attended) and the follow-up points with their owners, due dates and goals.
 */
@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class MeetingMinutesResource {

  public record MinutesText(String body) {}

  public record Status(String status) {}

  /**
   * A follow-up point; {@code planId} and {@code goalId} optionally name the goal of a plan it
   * serves, both or neither. {@code goal}, the free text of before, is refused.
   */
  public record FollowUpForm(
      String text,
      String owner,
      LocalDate dueOn,
      String status,
      String planId,
      String goalId,
      String goal) {

    FollowUp followUp(Long id, long meetingId) {
      if (goal != null) {
        throw new UnknownGoalException(
            "goal", "Name the goal with planId and goalId, picked from GET /api/follow-ups/goals.");
      }
      return new FollowUp(
          id,
          meetingId,
          text,
          owner,
          dueOn,
          MeetingMinutesResource.status(status),
          GoalLink.of(planId, goalId));
    }
  }

  @Inject MinutesService minutes;
  @Inject MinutesMail minutesMail;

  @GET
  @Path("/{id}/minutes")
  @Allowed({Role.VIEWER})
  @Operation(summary = "The minutes (Markdown); every staff role may read them")
  public Minutes minutes(@PathParam("id") long id) {
    return minutes
        .minutes(id)
        .orElseThrow(() -> new NotFoundException("The meeting has no minutes yet."));
  }

  @PUT
  @Path("/{id}/minutes")
  @Operation(summary = "Write the minutes (Markdown); the last version is kept")
  public Minutes writeMinutes(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body is required") MinutesText text,
      @Context SecurityContext security) {
    return minutes.saveMinutes(id, text.body(), security.getUserPrincipal().getName());
  }

  @POST
  @Path("/{id}/minutes/mail")
  @Operation(
      summary = "Mail the minutes to those who attended",
      description =
          "Everyone marked as attended with an e-mail address gets the minutes as they are now, in"
              + " the language they registered in. A refused mail is tried again by itself, like"
              + " the other meeting mails (unsent-mail). 409 when there are no minutes yet or"
              + " nobody is marked as attended.")
  public MinutesMail.MinutesSent mailMinutes(@PathParam("id") long id) {
    return minutesMail.send(id);
  }

  @PUT
  @Path("/follow-ups/{followUp}/status")
  @Operation(summary = "Mark a follow-up point OPEN, DONE or DROPPED")
  public FollowUp followUpStatus(
      @PathParam("followUp") long followUp,
      @NotNull(message = "a JSON body is required") Status status) {
    return minutes.setStatus(followUp, status(status.status()));
  }

  private static FollowUpStatus status(String status) {
    try {
      return status == null ? null : FollowUpStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "status must be OPEN, DONE or DROPPED");
    }
  }

  @PUT
  @Path("/follow-ups/{followUp}")
  @Operation(
      summary = "Rewrite a follow-up point: text, owner, due date, status, goal",
      description =
          "planId and goalId name a goal of a plan (GET /api/follow-ups/goals lists them); an"
              + " unknown plan or goal is refused with 400 naming the field.")
  public Response updateFollowUp(
      @PathParam("followUp") long followUp,
      @NotNull(message = "a JSON body is required") FollowUpForm f) {
    try {
      return Response.ok(minutes.updateFollowUp(f.followUp(followUp, 0))).build();
    } catch (UnknownGoalException e) {
      return UnknownGoalResponse.of(e);
    }
  }

  @GET
  @Path("/{id}/follow-ups")
  @Allowed({Role.VIEWER})
  @Operation(summary = "The meeting's follow-up points; every staff role may read them")
  public List<FollowUp> followUps(@PathParam("id") long id) {
    return minutes.followUps(id);
  }

  @POST
  @Path("/{id}/follow-ups")
  @Operation(
      summary = "Add a follow-up point with an owner, a due date and optionally a goal",
      description =
          "planId and goalId name a goal of a plan (GET /api/follow-ups/goals lists them); an"
              + " unknown plan or goal is refused with 400 naming the field.")
  public Response addFollowUp(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") FollowUpForm f) {
    try {
      FollowUp added = minutes.addFollowUp(f.followUp(null, id));
      return Response.status(Response.Status.CREATED).entity(added).build();
    } catch (UnknownGoalException e) {
      return UnknownGoalResponse.of(e);
    }
  }
}
