package org.barometer.goals.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.barometer.goals.application.RankBook;
import org.barometer.goals.application.RankEntry;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.shared.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published rankings (NHO's Kommune-NM, Svenskt Näringsliv's ranking): a municipality's ranks as
 * staff enter them from the publication, read by every plan indicator that names the ranking.
 */
@Path("/rankings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
@Allowed({Role.VIEWER})
public class RankResource {

  @Inject RankBook book;

  @GET
  @Operation(summary = "A municipality's entered ranks")
  public List<RankEntry> of(@QueryParam("municipality") String municipality) {
    if (municipality == null || !municipality.strip().matches("\\d{4}")) {
      throw new InvalidInputException(
          "municipality", "Give the municipality's four-digit number, e.g. municipality=3907.");
    }
    return book.of(municipality.strip());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Enter a rank",
      description =
          "Replaces the rank for the same ranking, part ('category'), group ('within'),"
              + " municipality and period. 'period' is a year such as 2024; 'published' a date;"
              + " 'fieldSize' how many were ranked (the group's size for a rank 'within' a"
              + " group): a rank outside it is refused.")
  public RankEntry enter(@Valid @NotNull RankEntry entry) {
    try {
      Period.parse(entry.period());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("period", "period: " + e.getMessage());
    }
    if (!entry.fitsField()) {
      throw new InvalidInputException(
          "rank",
          "rank "
              + entry.rank()
              + " does not fit a field of "
              + entry.fieldSize()
              + (entry.within().isEmpty() ? "" : " (" + entry.within() + ")")
              + ": check the rank, or the field's size");
    }
    book.enter(entry);
    return entry;
  }
}
