package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.barometer.meeting.application.EngagementService;
import org.barometer.meeting.application.PrivacyService;
import org.barometer.meeting.domain.Engagement;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * People and businesses across meetings: a person's data exported or erased on request (counts of
 * attendance stay), and a business's engagement over time.
 */
@Path("/registrants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class RegistrantResource {

  @Inject EngagementService engagement;
  @Inject PrivacyService privacy;

  @GET
  @Operation(
      summary = "Everything held about a person, by e-mail address (a subject access request)")
  public String export(@QueryParam("email") String email) {
    return privacy.export(required(email));
  }

  @DELETE
  @Operation(summary = "Erase a person's data on request; attendance counts stay")
  public Map<String, Integer> erase(@QueryParam("email") String email) {
    return Map.of("erased", privacy.erase(required(email)));
  }

  @GET
  @Path("/businesses/{orgNumber}")
  @Operation(
      summary = "A business's meetings over time: registered, attended, missed",
      description = "From registrations only; never joined with survey answers.")
  public Engagement engagement(@PathParam("orgNumber") String orgNumber) {
    return engagement.engagement(orgNumber);
  }

  private static String required(String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidInputException("email", "Give the person's e-mail address: ?email=...");
    }
    return email.strip();
  }
}
