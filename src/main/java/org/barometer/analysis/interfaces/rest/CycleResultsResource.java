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
import jakarta.ws.rs.core.Response;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.ResultsExport;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A cycle's results for planners and officials, as JSON, CSV and Excel, and their charts. Small
 * groups are already suppressed: a suppressed group has {@code "visibility": "SUPPRESSED_SMALL"} or
 * {@code "SUPPRESSED_TO_PROTECT"} and no figures, not even its n.
 */
@Path("/cycles/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@Allowed({Role.VIEWER})
public class CycleResultsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ResultsService results;
  @Inject ResultsExport export;
  @Inject ResultCharts charts;

  @GET
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
  @Path("/csv")
  @Produces("text/csv")
  @Operation(summary = "A cycle's results (not its answers) as CSV, one row per item and group")
  public Response csv(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return file(export.csv(results.results(id), Language.fromTag(lang)), "text/csv", id, "csv");
  }

  @GET
  @Path("/xlsx")
  @Produces(XLSX)
  @Operation(summary = "A cycle's results (not its answers) as an Excel workbook")
  public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return file(export.xlsx(results.results(id), Language.fromTag(lang)), XLSX, id, "xlsx");
  }

  @GET
  @Path("/charts/{item}.png")
  @Produces("image/png")
  @Operation(summary = "How the answers to a scale or choice question spread over its options")
  public byte[] distribution(
      @PathParam("id") long id,
      @PathParam("item") String item,
      @QueryParam("lang") String lang,
      @QueryParam("width") @DefaultValue("480") int width,
      @QueryParam("height") @DefaultValue("300") int height) {
    return charts.distribution(id, item, lang, width, height);
  }

  @GET
  @Path("/priority/{driven}.png")
  @Produces("image/png")
  @Operation(summary = "The priority matrix of the indices that drive an index")
  public byte[] priority(
      @PathParam("id") long id,
      @PathParam("driven") String driven,
      @QueryParam("lang") String lang,
      @QueryParam("width") @DefaultValue("640") int width,
      @QueryParam("height") @DefaultValue("480") int height) {
    return charts.priority(id, driven, lang, width, height);
  }

  private static Response file(Object body, String type, long id, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition", ContentDisposition.attachment("results-" + id + "." + extension))
        .build();
  }
}
