package org.barometer.statistics.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.shared.Period;
import org.barometer.statistics.application.SeriesReader;
import org.barometer.statistics.application.SeriesReading;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.interfaces.chart.SeriesChart;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One series of official statistics for regions and region groups. */
@Path("/statistics/series/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Allowed({Role.VIEWER})
public class SeriesResource {

  /** A region the series covers. */
  public record RegionView(String code, String country, String kind, String name) {}

  @Inject SeriesReader reader;
  @Inject StatisticsCatalogue catalogue;

  @GET
  @Operation(
      summary = "The series for regions and groups over a span of periods",
      description =
          "Repeat 'region' (3001, K_3001, EAK, 00, EKG11) and 'group' (ASSS, VESTFOLD_GRENLAND,"
              + " GR, or a defined group). A Norwegian municipality is shown under its code of"
              + " today with the figures of its earlier codes; across a merger the older figures"
              + " are left out and a note says so. A group's value is the office's own figure for"
              + " it when the table has one, else the unweighted mean of its members with a"
              + " value; the median, the members without a value and each member's rank (1 the"
              + " highest) come with it. 'from' and 'to' are period codes (2015, 2021K1, 2021M03).")
  public SeriesView series(
      @PathParam("id") long id,
      @QueryParam("region") List<String> regions,
      @QueryParam("group") List<String> groups,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return SeriesView.of(read(id, regions, groups, from, to));
  }

  @GET
  @Path("/regions")
  @Operation(summary = "The regions the series has figures for")
  public List<RegionView> regions(@PathParam("id") long id) {
    return catalogue.regions(id).stream()
        .map(
            r ->
                new RegionView(
                    r.region().code(),
                    r.region().country() == null ? null : r.region().country().name(),
                    r.region().kind().name(),
                    r.name()))
        .toList();
  }

  @GET
  @Path("/chart.png")
  @Produces("image/png")
  @Operation(summary = "The same as a line chart, one line per region and group")
  public byte[] chart(
      @PathParam("id") long id,
      @QueryParam("region") List<String> regions,
      @QueryParam("group") List<String> groups,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("width") @DefaultValue("720") int width,
      @QueryParam("height") @DefaultValue("360") int height) {
    SeriesReading reading = read(id, regions, groups, from, to);
    return SeriesChart.png(
        reading.series().unit(),
        reading.lines(),
        clamp(width, 200, 1600),
        clamp(height, 150, 1200));
  }

  private SeriesReading read(
      long id, List<String> regions, List<String> groups, String from, String to) {
    try {
      return reader.read(id, regions, groups, period("from", from), period("to", to));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("region", e.getMessage());
    }
  }

  private static Period period(String field, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return Period.parse(code.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, field + ": " + e.getMessage());
    }
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
