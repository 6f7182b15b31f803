package org.barometer.actionplan.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.barometer.actionplan.application.ReportForm;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.platform.security.Public;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An activity owner's status reporting by personal link, without a login: the token authorises, and
 * it is sent in the body, so it stays out of access logs. An owner sees and reports on their own
 * activities in the round only.
 */
@Path("/public/status")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status rounds (owners)")
@SecurityRequirements
public class PublicStatusResource {

  /** A personal link's token. */
  public record Token(@NotBlank(message = "is required") String token) {}

  /** An owner's reports, one per activity. */
  public record Reports(
      @NotBlank(message = "is required") String token, List<ReportForm> reports) {}

  @Inject StatusRoundService rounds;

  @POST
  @Operation(
      summary = "The owner's activities in the round, with their status",
      description =
          "404 for a link that is not known (malformed or not, the same answer); a closed round"
              + " answers open: false and no activities.")
  public RoundViews.OwnPage own(@NotNull(message = "a JSON body is required") @Valid Token token) {
    return rounds.own(token.token());
  }

  @POST
  @Path("/reports")
  @Operation(
      summary = "Report on the owner's activities",
      description =
          "status GREEN, YELLOW, RED, DONE or CANCELLED; YELLOW and RED need cause and"
              + " recommendedAction; note is optional. All reports are saved, or none: 422 naming"
              + " the field (reports[0].cause), also for an activity that is not the owner's in"
              + " this round; 409 when the round is closed; 404 for an unknown link.")
  public RoundViews.OwnPage report(
      @NotNull(message = "a JSON body is required") @Valid Reports reports) {
    return rounds.report(reports.token(), reports.reports());
  }
}
