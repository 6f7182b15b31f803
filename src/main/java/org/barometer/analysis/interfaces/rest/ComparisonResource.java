package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.barometer.analysis.application.CycleComparison;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Two cycles of a survey compared, item by item. */
@Path("/cycles/{before}/comparison/{after}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@Allowed({Role.VIEWER})
public class ComparisonResource {

  @Inject ResultsService results;

  @GET
  @Operation(
      summary = "Two cycles of a survey compared, item by item",
      description =
          "Difference of the means with its 95 % interval and a two-sided test: Welch's t for"
              + " simple means, on the variances of their intervals (with the finite-population"
              + " correction 1 − n/N where a cycle knows its population N), a z-test for"
              + " stratified estimates; the verdict at 5 %. Items suppressed in either cycle are"
              + " left out.")
  public CycleComparison comparison(
      @PathParam("before") long before, @PathParam("after") long after) {
    return results.compare(before, after);
  }
}
