package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.barometer.meeting.application.MeetingInvitations;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invitations to a meeting, for its organiser: businesses of the register by org number, and people
 * from outside it by e-mail. Each invited gets the meeting's registration page by mail.
 */
@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class MeetingInvitationResource {

  public record Invitation(List<String> orgNumbers) {}

  @Inject MeetingInvitations invitations;

  @POST
  @Path("/{id}/invitations")
  @Operation(summary = "Invite businesses of the register by organisation number")
  public Response invite(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") Invitation i) {
    int invited = invitations.invite(id, i.orgNumbers() == null ? List.of() : i.orgNumbers());
    return Response.ok(Map.of("invited", invited)).build();
  }

  /** Someone from outside the business register to invite by e-mail. */
  public record GuestForm(String name, String email, String organisation, String kind) {}

  @POST
  @Path("/{id}/guest-invitations")
  @Operation(
      summary = "Invite people from outside the business register by e-mail",
      description =
          "Politicians, NHO and LO, other public bodies: each gets the meeting's registration"
              + " page by e-mail and may register with that address even when the meeting is by"
              + " invitation only. kind is PUBLIC_BODY, POLITICIAN or ORGANISATION; an address"
              + " invited before is not mailed again.")
  public Response inviteGuests(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") List<GuestForm> g) {
    List<Guest> guests =
        g.stream()
            .map(
                f ->
                    new Guest(
                        f.name(),
                        f.email(),
                        f.organisation(),
                        f.kind() == null ? null : ParticipantKind.of("kind", f.kind())))
            .toList();
    return Response.ok(Map.of("invited", invitations.inviteGuests(id, guests))).build();
  }

  @GET
  @Path("/{id}/guest-invitations")
  @Operation(summary = "The people from outside the business register invited to the meeting")
  public List<Guest> guests(@PathParam("id") long id) {
    return invitations.guests(id);
  }
}
