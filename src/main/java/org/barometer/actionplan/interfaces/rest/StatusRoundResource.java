package org.barometer.actionplan.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.survey.application.MailingReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Status rounds for staff: analysts open a round for an action plan (each owner is mailed a
 * personal link), remind those who have not reported and close it; every staff role reads who has
 * reported what.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status rounds")
@Allowed(Role.VIEWER)
public class StatusRoundResource {

  /** A round to open: its title ("Desember 2026") and the day owners report by. */
  public record NewRound(String title, LocalDate reportBy) {}

  /** The round opened, and how many invitations reached the mail server and how many did not. */
  public record Opened(RoundViews.Overview round, int sent, int failed) {}

  @Inject StatusRoundService rounds;

  @GET
  @Path("/action-plans/{id}/rounds")
  @Operation(summary = "The status rounds of an action plan, latest first")
  public List<RoundViews.Round> rounds(@PathParam("id") long actionPlanId) {
    return rounds.rounds(actionPlanId);
  }

  @POST
  @Path("/action-plans/{id}/rounds")
  @Allowed(Role.ANALYST)
  @Operation(
      summary = "Open a status round and mail each owner their personal link",
      description =
          "One owner per e-mail address among the action plan's activities that have an owner"
              + " and are not done or cancelled; each gets one mail in the plan's municipality's"
              + " language naming the round, the day to report by and their activities. 201 with"
              + " the round; 409 while another round of the action plan is open or when no"
              + " activity has an owner; 422 naming title or reportBy.")
  public Response open(
      @PathParam("id") long actionPlanId,
      @NotNull(message = "a JSON body is required") NewRound round,
      @Context SecurityContext security) {
    StatusRoundService.Opening opening =
        rounds.open(
            actionPlanId, round.title(), round.reportBy(), security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED)
        .entity(new Opened(opening.round(), opening.mailing().sent(), opening.mailing().failed()))
        .build();
  }

  @GET
  @Path("/rounds/{id}")
  @Operation(summary = "A status round: each owner, their activities, what they reported and when")
  public RoundViews.Overview round(@PathParam("id") long id) {
    return rounds.overview(id);
  }

  @POST
  @Path("/rounds/{id}/reminders")
  @Allowed(Role.ANALYST)
  @Operation(
      summary = "Remind the owners who have not reported on all their activities",
      description =
          "Each gets a new personal link (earlier ones keep working); an owner whose invitation"
              + " never reached the mail server gets the invitation. 409 when the round is"
              + " closed.")
  public MailingReport remind(@PathParam("id") long id) {
    return rounds.remind(id);
  }

  @POST
  @Path("/rounds/{id}/close")
  @Allowed(Role.ANALYST)
  @Operation(
      summary = "Close a status round",
      description = "Its links then show that the round is closed and take no reports.")
  public RoundViews.Round close(@PathParam("id") long id) {
    return rounds.close(id);
  }
}
