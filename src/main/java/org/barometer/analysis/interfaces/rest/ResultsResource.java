package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.barometer.analysis.application.CycleComparison;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsExport;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Survey results for planners and officials: a cycle's figures, two cycles compared, an item's
 * trend, as JSON and as CSV and Excel files. Small groups are already suppressed: a suppressed
 * group has {@code "visibility": "SUPPRESSED_SMALL"} or {@code "SUPPRESSED_TO_PROTECT"} and no
 * figures, not even its n.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@Allowed({Role.VIEWER})
public class ResultsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ResultsService results;
  @Inject ResultsExport export;

  @GET
  @Path("cycles/{id}/results")
  @Operation(
      summary = "Every question and index of a cycle with its statistics",
      description =
          "n, mean, sd, se (with the finite-population correction where the population is known),"
              + " 95 % t interval, median and quartiles, shares, top box, don't know; the"
              + " stratified estimate where the cycle has strata; breakdowns by each background"
              + " question; the priority matrix of driver indices.")
  public CycleResults results(@PathParam("id") long id) {
    return results.results(id);
  }

  @GET
  @Path("cycles/{id}/results.csv")
  @Produces("text/csv")
  @Operation(summary = "A cycle's results (not its answers) as CSV, one row per item and group")
  public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return file(export.csv(results.results(id), Language.fromTag(lang)), "text/csv", id, "csv");
  }

  @GET
  @Path("cycles/{id}/results.xlsx")
  @Produces(XLSX)
  @Operation(summary = "A cycle's results (not its answers) as an Excel workbook")
  public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return file(export.xlsx(results.results(id), Language.fromTag(lang)), XLSX, id, "xlsx");
  }

  @GET
  @Path("cycles/{before}/comparison/{after}")
  @Operation(
      summary = "Two cycles of a survey compared, item by item",
      description =
          "Difference of the means with its 95 % interval and a two-sided test: Welch's t for"
              + " simple means, a z-test for stratified estimates; the verdict at 5 %.")
  public CycleComparison comparison(
      @PathParam("before") long before, @PathParam("after") long after) {
    return results.compare(before, after);
  }

  @GET
  @Path("surveys/{code}/trend/{item}")
  @Operation(summary = "A question or index over all cycles of a survey, with 95 % intervals")
  public ItemTrend trend(@PathParam("code") String survey, @PathParam("item") String item) {
    return results.trend(survey, item);
  }

  private static Response file(Object body, String type, long id, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition", "attachment; filename=\"results-" + id + "." + extension + "\"")
        .build();
  }
}
