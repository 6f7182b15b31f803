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
import org.barometer.analysis.application.GroupTrends;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.survey.domain.template.BackgroundKind;
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
              + " a cycle where the item is suppressed has no estimate. Each cycle's change"
              + " from the previous one with an estimate is tested as in the comparison (the"
              + " z-test where both have stratified estimates, else Welch's t-test on the"
              + " corrected variances), with its p-value Holm-adjusted over the series' changes."
              + " A cycle not closed is provisional. The slope is the weighted least-squares"
              + " trend of the closed cycles' estimates per year (weights 1/se²), with its 95 %"
              + " interval and z-test.")
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

  @GET
  @Path("/by/{kind}")
  @Operation(
      summary = "The trend group by group of industry, size or years in the municipality",
      description =
          "kind is industry, size or years. Each cycle's groups are suppressed exactly as in"
              + " that cycle's breakdown: a group under the minimum is hidden in that cycle, and"
              + " so is a group hidden to protect it. Group means are simple means; changes are"
              + " Welch's t-test, slopes as for the whole trend. Open cycles have no breakdowns"
              + " and are left out.")
  public GroupTrends byGroup(
      @PathParam("code") String survey,
      @PathParam("item") String item,
      @PathParam("kind") String kind) {
    return results.trend(survey, item, kind(kind));
  }

  @GET
  @Path("/by/{kind}/{group}/chart.png")
  @Produces("image/png")
  @Operation(summary = "One group's trend as a chart")
  public byte[] groupChart(
      @PathParam("code") String survey,
      @PathParam("item") String item,
      @PathParam("kind") String kind,
      @PathParam("group") String group,
      @QueryParam("lang") String lang,
      @QueryParam("width") @DefaultValue("640") int width,
      @QueryParam("height") @DefaultValue("320") int height) {
    return charts.groupTrend(survey, item, kind(kind), group, lang, width, height);
  }

  static BackgroundKind kind(String kind) {
    for (BackgroundKind k : BackgroundKind.values()) {
      if (k.name().equalsIgnoreCase(kind)) {
        return k;
      }
    }
    throw new InvalidInputException("kind", "Not industry, size or years: " + kind);
  }
}
