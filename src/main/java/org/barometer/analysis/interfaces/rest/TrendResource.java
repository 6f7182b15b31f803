package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A question or index of a survey over all its cycles. */
@Path("/surveys/{code}/trend/{item}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@Allowed({Role.VIEWER})
public class TrendResource {

  @Inject ResultsService results;
  @Inject ResultCharts charts;

  @GET
  @Operation(
      summary = "A question or index over all cycles of a survey, with 95 % intervals",
      description =
          "Each cycle's stratified estimate where it knows its strata, else its simple mean;"
              + " a cycle where the item is suppressed has no estimate. The slope is the weighted"
              + " least-squares trend of the closed cycles' estimates per year (weights 1/se²),"
              + " with its 95 % interval and z-test.")
  public ItemTrend trend(@PathParam("code") String survey, @PathParam("item") String item) {
    return results.trend(survey, item);
  }

  @GET
  @Path("/chart.png")
  @Produces("image/png")
  @Operation(summary = "The trend as a chart, the intervals as error bars")
  public byte[] chart(
      @PathParam("code") String survey,
      @PathParam("item") String item,
      @QueryParam("lang") String lang,
      @QueryParam("width") @DefaultValue("640") int width,
      @QueryParam("height") @DefaultValue("320") int height) {
    return charts.trend(survey, item, lang, width, height);
  }
}
