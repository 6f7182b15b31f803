package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.barometer.analysis.application.ResultsPublication;
import org.barometer.analysis.domain.Publication;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Analysts publish a closed cycle's results to the public results page and its JSON-stat ({@link
 * PublicResultsResource}), and withdraw them; every staff role sees the history.
 */
@Path("/cycles/{id}/publication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results publication")
@Allowed({Role.VIEWER})
public class PublicationResource {

  /** One publication of the cycle; {@code current} while not withdrawn. */
  public record PublicationView(
      long id,
      long cycleId,
      String publishedBy,
      Instant publishedAt,
      String withdrawnBy,
      Instant withdrawnAt,
      boolean current) {

    static PublicationView of(Publication p) {
      return new PublicationView(
          p.id(),
          p.cycleId(),
          p.publishedBy(),
          p.publishedAt(),
          p.withdrawnBy().orElse(null),
          p.withdrawnAt().orElse(null),
          p.current());
    }
  }

  @Inject ResultsPublication publication;

  @GET
  @Operation(summary = "The cycle's publications, withdrawn ones too, oldest first")
  public List<PublicationView> history(@PathParam("id") long id) {
    return publication.history(id).stream().map(PublicationView::of).toList();
  }

  @POST
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Publish a closed cycle's results to the public page and JSON-stat",
      description =
          "409 naming cycle when the cycle is not closed; publishing a published cycle answers its"
              + " publication unchanged.")
  public PublicationView publish(@PathParam("id") long id, @Context SecurityContext security) {
    return PublicationView.of(publication.publish(id, security.getUserPrincipal().getName()));
  }

  @DELETE
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Withdraw the cycle's published results",
      description = "The public page and JSON-stat answer 404 again; 404 when not published.")
  public PublicationView withdraw(@PathParam("id") long id, @Context SecurityContext security) {
    return PublicationView.of(publication.withdraw(id, security.getUserPrincipal().getName()));
  }
}
