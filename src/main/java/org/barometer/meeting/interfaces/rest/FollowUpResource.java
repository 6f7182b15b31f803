package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.barometer.meeting.application.FollowUpBoard;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.OpenFollowUp;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What came out of the talks and is still to be done: every open follow-up point across meetings,
 * readable by every staff role (managers and elected officials read it; organisers write the points
 * on a meeting, {@code /api/meetings/{id}/follow-ups}).
 */
@Path("/follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.VIEWER})
public class FollowUpResource {

  /**
   * An open follow-up point.
   *
   * @param planId the plan of the goal it serves, or null
   * @param goalId the goal, or null
   * @param goalTitle the goal's title; null when it names none or the plan no longer has it
   */
  public record OpenView(
      long id,
      String text,
      String owner,
      LocalDate dueOn,
      boolean overdue,
      long meetingId,
      String meetingTitle,
      LocalDate meetingDay,
      String planId,
      String planTitle,
      String goalId,
      String goalTitle) {

    static OpenView of(OpenFollowUp o) {
      var f = o.followUp();
      return new OpenView(
          f.id(),
          f.text(),
          f.owner(),
          f.dueOn(),
          o.overdue(),
          f.meetingId(),
          o.meetingTitle(),
          o.meetingDay(),
          f.goal() == null ? null : f.goal().planId(),
          o.planTitle(),
          f.goal() == null ? null : f.goal().goalId(),
          o.goalTitle());
    }
  }

  @Inject FollowUpBoard board;
  @Inject MinutesService minutes;

  @GET
  @Operation(
      summary = "Every open follow-up point across meetings, overdue ones first",
      description =
          "Overdue ones (due before today) first, the longest overdue at the top, then the rest"
              + " by due date; each with its owner, due date, meeting and goal.")
  public List<OpenView> open() {
    return board.open().stream().map(OpenView::of).toList();
  }

  @GET
  @Path("/goals")
  @Operation(
      summary = "The goals a follow-up point may name",
      description =
          "Every goal of every plan, depth first (depth 0 for a main goal): planId and goalId are"
              + " what a follow-up point sends.")
  public List<GoalCatalogue.PlanGoal> goals() {
    return minutes.goalChoices();
  }
}
