package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.PendingAnswer;
import org.barometer.meeting.application.RegistrationLimits;
import org.barometer.meeting.application.RegistrationReceipt;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.RegistrationView;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.ClientAddress;
import org.barometer.platform.security.Public;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What anyone may do without a login: read a meeting as its page shows it, ask to register and
 * confirm from the mailed link, and see or cancel their own registration with the personal link's
 * token (sent in the body, so it stays out of access logs).
 */
@Path("/public")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings (public)")
@SecurityRequirements
public class PublicMeetingResource {

  /** A meeting as its public page shows it, with the retention period registrants consent to. */
  public record Announcement(PublicMeetingView meeting, int seatsLeft, int retentionDays) {}

  /**
   * The answer to every registration that is not refused, whether or not the address was known.
   *
   * @param status always PENDING: nothing is registered until the mailed link is opened
   */
  public record Requested(String status, String expiresAt, String message) {}

  /**
   * The registration form. {@code consent} must be true. {@code kind} is BUSINESS (the default:
   * {@code orgNumber} required), PUBLIC_BODY, POLITICIAN or ORGANISATION (no org number needed;
   * {@code companyName} names the organisation).
   */
  public record RegistrationForm(
      String name,
      String email,
      String orgNumber,
      String companyName,
      String role,
      String dietaryNeeds,
      String accessNeeds,
      String language,
      boolean consent,
      String kind) {}

  /** A personal link's token. */
  public record Token(@NotBlank(message = "is required") String token) {}

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;
  @Inject RegistrationLimits limits;
  @Context HttpServletRequest http;

  @GET
  @Path("/meetings/{id}")
  @Operation(
      summary = "A meeting, as its registration page shows it",
      description =
          "A meeting by invitation needs the key from its address in the invitation mail"
              + " (?key=); without it, 404 as for no meeting.")
  public Announcement meeting(@PathParam("id") long id, @QueryParam("key") String key) {
    var overview = meetings.overview(id);
    if (!overview.meeting().visibleWith(key)) {
      throw RegistrationService.noMeeting(id);
    }
    int left = Math.max(0, overview.meeting().capacity() - overview.seats().confirmed());
    return new Announcement(
        PublicMeetingView.of(overview.meeting()),
        overview.seats().waiting() > 0 ? 0 : left,
        registrations.retentionDays());
  }

  @POST
  @Path("/meetings/{id}/registrations")
  @Operation(
      summary = "Ask to register for a meeting",
      description =
          "202 PENDING: a link goes to the address, and the registration is made when it is"
              + " opened and confirmed within 24 hours (POST /public/registrations/confirm). The"
              + " answer is the same if the address is registered already; the e-mail says so."
              + " 409 with the reason when the deadline has passed, the meeting is cancelled or"
              + " by invitation; 422 naming the field for a bad org number or address; 429 with"
              + " Retry-After after too many registrations from one address to one meeting, or"
              + " to one e-mail address.")
  public Response register(
      @PathParam("id") long id,
      @QueryParam("key") String key,
      @NotNull(message = "a JSON body is required") RegistrationForm f) {
    if (!meetings.meeting(id).visibleWith(key)) {
      throw RegistrationService.noMeeting(id);
    }
    RegistrationRequest request = request(f);
    limits.count(ClientAddress.of(http), id, request.registrant().email());
    PendingAnswer answer = registrations.request(id, request);
    return Response.status(Response.Status.ACCEPTED)
        .entity(
            new Requested(
                "PENDING",
                answer.expiresAt().toString(),
                "A link has been sent to the e-mail address. Open it and confirm to register."))
        .build();
  }

  @POST
  @Path("/registrations/confirm")
  @Operation(
      summary = "Confirm a registration from the link mailed to its address",
      description =
          "Makes the registration: CONFIRMED with a seat, or WAITING with the place in line. The"
              + " link then shows the registration; confirming again changes nothing. 404 for an"
              + " unknown or expired link.")
  public RegistrationViews.Own confirm(
      @NotNull(message = "a JSON body is required") @Valid Token token) {
    RegistrationReceipt receipt = registrations.confirm(token.token());
    RegistrationView view = registrations.find(token.token());
    // the place in line as given under the meeting's lock, not as read after later confirmations
    RegistrationViews.Own own = RegistrationViews.Own.of(view.registration(), view.meeting());
    return new RegistrationViews.Own(
        own.name(),
        receipt.status().name(),
        receipt.waitingPosition(),
        own.meeting(),
        own.videoLink());
  }

  @POST
  @Path("/registrations/lookup")
  @Operation(summary = "The registration behind a personal link (PENDING until confirmed)")
  public RegistrationViews.Own lookup(
      @NotNull(message = "a JSON body is required") @Valid Token token) {
    var pending = registrations.pending(token.token());
    if (pending.isPresent()) {
      return RegistrationViews.Own.pending(pending.get());
    }
    RegistrationView view = registrations.find(token.token());
    return RegistrationViews.Own.of(view.registration(), view.meeting());
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
    return RegistrationViews.Own.of(cancelled, view.meeting());
  }

  private static RegistrationRequest request(RegistrationForm f) {
    Registrant person =
        new Registrant(
            f.name(),
            f.email(),
            f.orgNumber(),
            f.companyName(),
            f.role(),
            f.dietaryNeeds(),
            f.accessNeeds(),
            ParticipantKind.of("kind", f.kind()));
    Language language =
        f.language() == null || f.language().isBlank()
            ? Language.NB
            : Language.fromTag(f.language());
    return new RegistrationRequest(person, language, f.consent());
  }
}
