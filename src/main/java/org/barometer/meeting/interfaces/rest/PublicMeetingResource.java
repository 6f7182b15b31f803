package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.RegistrationReceipt;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.RegistrationView;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Public;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What anyone may do without a login: read a meeting, register for it, and see or cancel their own
 * registration with the personal link's token (sent in the body, so it stays out of access logs).
 */
@Path("/public")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings (public)")
@SecurityRequirements
public class PublicMeetingResource {

  /** A meeting as a registrant sees it, with the retention period they consent to. */
  public record Announcement(MeetingView meeting, int seatsLeft, int retentionDays) {}

  /** The registration form. {@code consent} must be true. */
  public record RegistrationForm(
      String name,
      String email,
      String orgNumber,
      String companyName,
      String role,
      String dietaryNeeds,
      String accessNeeds,
      String language,
      boolean consent) {}

  /** A personal link's token. */
  public record Token(@NotBlank(message = "is required") String token) {}

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;

  @GET
  @Path("/meetings/{id}")
  @Operation(summary = "A meeting, for its registration page")
  public Announcement meeting(@PathParam("id") long id) {
    var overview = meetings.overview(id);
    int left = Math.max(0, overview.meeting().capacity() - overview.seats().confirmed());
    return new Announcement(
        MeetingView.of(overview.meeting()),
        overview.seats().waiting() > 0 ? 0 : left,
        registrations.retentionDays());
  }

  @POST
  @Path("/meetings/{id}/registrations")
  @Operation(
      summary = "Register for a meeting",
      description =
          "201 CONFIRMED with a seat, or WAITING with the place on the waiting list; either way"
              + " an e-mail with the calendar entry and the personal link follows. 409 with the"
              + " reason when the deadline has passed, the meeting is cancelled or by invitation,"
              + " or the address is already registered; 422 naming the field for a bad org number"
              + " or address.")
  public Response register(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") RegistrationForm f) {
    Registrant person =
        new Registrant(
            f.name(),
            f.email(),
            f.orgNumber(),
            f.companyName(),
            f.role(),
            f.dietaryNeeds(),
            f.accessNeeds());
    Language language =
        f.language() == null || f.language().isBlank()
            ? Language.NB
            : Language.fromTag(f.language());
    RegistrationReceipt receipt =
        registrations.register(id, new RegistrationRequest(person, language, f.consent()));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @POST
  @Path("/registrations/lookup")
  @Operation(summary = "The registration behind a personal link")
  public RegistrationViews.Own lookup(
      @NotNull(message = "a JSON body is required") @Valid Token token) {
    RegistrationView view = registrations.find(token.token());
    return own(view.registration(), view);
  }

  @POST
  @Path("/registrations/cancel")
  @Operation(
      summary = "Cancel the registration behind a personal link",
      description = "A seat it held goes to the first on the waiting list, who is told by e-mail.")
  public RegistrationViews.Own cancel(
      @NotNull(message = "a JSON body is required") @Valid Token token) {
    RegistrationView view = registrations.find(token.token());
    Registration cancelled = registrations.cancel(token.token());
    return own(cancelled, view);
  }

  private static RegistrationViews.Own own(Registration r, RegistrationView view) {
    return new RegistrationViews.Own(
        r.registrant() == null ? null : r.registrant().name(),
        r.status().name(),
        r.waitingPosition(),
        MeetingView.of(view.meeting()));
  }
}
