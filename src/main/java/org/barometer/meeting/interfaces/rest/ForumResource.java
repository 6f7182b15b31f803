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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.UnknownGoalException;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forums: the recurring kinds of meeting (round-table talks, breakfast meetings) and theirs. */
@Path("/forums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class ForumResource {

  @Inject MeetingService meetings;

  @GET
  @Allowed({Role.VIEWER})
  @Operation(summary = "Every forum; every staff role may read them")
  public List<Forum> forums() {
    return meetings.forums();
  }

  @POST
  @Operation(
      summary = "Create a forum: name, organiser, description, strategic areas, rule and goals",
      description =
          "meetsEveryMonths says how often it must meet (12: every year); goals lists the goals of"
              + " plans it serves as {planId, goalId} (GET /api/follow-ups/goals), each checked:"
              + " an unknown plan or goal is refused with 400 naming the field.")
  public Response create(@NotNull(message = "a JSON body is required") ForumForm forum) {
    try {
      Forum created = meetings.createForum(withId(null, forum));
      return Response.status(Response.Status.CREATED).entity(created).build();
    } catch (UnknownGoalException e) {
      return UnknownGoalResponse.of(e);
    }
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a forum")
  public Response update(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") ForumForm forum) {
    try {
      return Response.ok(meetings.updateForum(withId(id, forum))).build();
    } catch (UnknownGoalException e) {
      return UnknownGoalResponse.of(e);
    }
  }

  /**
   * A forum as sent: {@code meetsEveryMonths} how often it must meet (optional), {@code goals} the
   * goals of plans it serves as {@code {planId, goalId}}.
   */
  public record ForumForm(
      String name,
      String organiser,
      String description,
      List<String> strategicAreas,
      Integer meetsEveryMonths,
      List<GoalForm> goals) {}

  /** A goal of a plan. */
  public record GoalForm(String planId, String goalId) {}

  /** The forum as sent, under the id the address names (none for a new one). */
  private static Forum withId(Long id, ForumForm sent) {
    return new Forum(
        id,
        sent.name(),
        sent.organiser(),
        sent.description(),
        sent.strategicAreas() == null ? List.of() : sent.strategicAreas(),
        sent.meetsEveryMonths(),
        sent.goals() == null
            ? List.of()
            : sent.goals().stream()
                .map(
                    g -> new GoalLink(g == null ? null : g.planId(), g == null ? null : g.goalId()))
                .toList());
  }

  @GET
  @Path("/{id}/meetings")
  @Operation(summary = "A forum's meetings")
  public List<MeetingView> meetingsOf(@PathParam("id") long id) {
    return meetings.meetings(id).stream().map(MeetingView::of).toList();
  }

  @POST
  @Path("/{id}/meetings")
  @Operation(
      summary = "Create a meeting in a forum",
      description =
          "Times on the municipality's clock (2027-03-15T08:00) in 'zone' (Europe/Oslo,"
              + " Europe/Stockholm); 'deadline' likewise, the start when left out.")
  public Response createMeeting(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") MeetingForm form) {
    var meeting = meetings.createMeeting(id, form.details());
    return Response.status(Response.Status.CREATED).entity(MeetingView.of(meeting)).build();
  }
}
