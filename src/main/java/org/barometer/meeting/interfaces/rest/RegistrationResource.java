package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff work on single registrations: attendance at the door, a cancellation taken by phone. */
@Path("/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class RegistrationResource {

  /** ATTENDED, NO_SHOW or UNKNOWN (undo a mistaken mark). */
  public record Mark(String attendance) {}

  @Inject AttendanceService attendance;
  @Inject RegistrationService registrations;

  @PUT
  @Path("/{id}/attendance")
  @Operation(summary = "Mark attended or no-show at the door")
  public RegistrationViews.Entry mark(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") Mark mark) {
    String value = mark.attendance() == null ? "" : mark.attendance().toUpperCase(Locale.ROOT);
    return RegistrationViews.Entry.of(
        switch (value) {
          case "ATTENDED" -> attendance.checkIn(id);
          case "NO_SHOW" -> attendance.noShow(id);
          case "UNKNOWN" -> attendance.clear(id);
          default ->
              throw new InvalidInputException(
                  "attendance", "attendance must be ATTENDED, NO_SHOW or UNKNOWN");
        });
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Cancel a registration on the person's behalf; the waiting list moves up")
  public RegistrationViews.Entry cancel(@PathParam("id") long id) {
    return RegistrationViews.Entry.of(registrations.cancel(id));
  }
}
