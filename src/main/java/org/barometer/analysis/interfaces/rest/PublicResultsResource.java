package org.barometer.analysis.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.JsonStatResults;
import org.barometer.analysis.application.ResultsPublication;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Public;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A published cycle's figures for anyone, without a login: JSON-stat 2.0, the format statistics
 * offices publish and Barometer's own statistics import reads. Only published cycles exist here;
 * every other address answers 404.
 */
@Path("/public/surveys/{survey}/cycles/{cycle}")
@RequestScoped
@Public
@Tag(name = "Published results")
@SecurityRequirements
public class PublicResultsResource {

  static final String JSON_STAT = "application/json";

  @Inject ResultsPublication publication;
  @Inject ResultCharts charts;

  @Inject
  @ConfigProperty(name = "barometer.language", defaultValue = "nb")
  String municipalityLanguage;

  @GET
  @Path("/results.jsonstat")
  @Produces(JSON_STAT)
  @Operation(
      summary = "A published cycle's indices and main questions as JSON-stat 2.0",
      description =
          "Dimensions item (indices, then main questions), cycle (role time: the survey's closed"
              + " cycles up to this one) and measure (role metric: estimate, lower, upper, n; the"
              + " estimate is stratified where the cycle knows its register's strata, with its 95 %"
              + " interval). A figure from fewer answers than the survey's minimum is null with"
              + " status \":\"; one that does not exist is null with status \"..\". Labels in"
              + " lang (nb, sv, en; default the municipality's language). 404 for a cycle that is"
              + " not published.")
  public String jsonStat(
      @PathParam("survey") String survey,
      @PathParam("cycle") String cycle,
      @QueryParam("lang") String lang) {
    Language language = Language.fromTag(lang == null ? municipalityLanguage : lang);
    return JsonStatResults.write(publication.published(survey, cycle), language);
  }

  @GET
  @Path("/trend/{item}.png")
  @Produces("image/png")
  @Operation(
      summary = "A published index's or main question's trend as a chart",
      description = "The closed cycles up to the published one; 404 when not published.")
  public byte[] trendChart(
      @PathParam("survey") String survey,
      @PathParam("cycle") String cycle,
      @PathParam("item") String item,
      @QueryParam("lang") String lang,
      @QueryParam("width") @DefaultValue("360") int width,
      @QueryParam("height") @DefaultValue("220") int height) {
    ItemTrend trend =
        publication.published(survey, cycle).items().stream()
            .filter(i -> i.code().equals(item))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("The published results have no item '" + item + "'"));
    return charts.trend(trend, lang == null ? municipalityLanguage : lang, width, height);
  }
}
