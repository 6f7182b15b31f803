package org.barometer.statistics.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What official statistics Barometer holds: offices, tables and their series (measures). */
@Path("/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Allowed({Role.VIEWER})
public class StatisticsCatalogueResource {

  /** An office and how many of its tables are stored. */
  public record SourceView(String source, long tables) {}

  /** A table and its series. */
  public record TableDetails(TableEntry table, List<SeriesEntry> series) {}

  @Inject StatisticsCatalogue catalogue;

  @GET
  @Path("/sources")
  @Operation(summary = "The offices whose tables are stored, with how many tables each")
  public List<SourceView> sources() {
    Map<String, Long> counts = new TreeMap<>();
    catalogue.tables().forEach(t -> counts.merge(t.source(), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new SourceView(e.getKey(), e.getValue())).toList();
  }

  @GET
  @Path("/tables")
  @Operation(summary = "The stored tables, optionally of one office")
  public List<TableEntry> tables(@QueryParam("source") String source) {
    return catalogue.tables().stream()
        .filter(t -> source == null || source.isBlank() || t.source().equalsIgnoreCase(source))
        .toList();
  }

  @GET
  @Path("/measures")
  @Operation(
      summary = "Series (measures) of an office's table, or the one a plan names",
      description =
          "With 'source' and 'table' the table's series; add 'measure' and 'variant' (the"
              + " canonical 'dimension=code|...', empty for none) to find the one series.")
  public List<SeriesEntry> measures(
      @QueryParam("source") String source,
      @QueryParam("table") String table,
      @QueryParam("measure") String measure,
      @QueryParam("variant") String variant) {
    if (source == null || table == null) {
      throw new InvalidInputException("table", "Give both 'source' and 'table'.");
    }
    if (measure != null) {
      return catalogue.find(source, table, measure, variant).stream().toList();
    }
    return catalogue.tables().stream()
        .filter(t -> t.source().equalsIgnoreCase(source) && t.code().equals(table))
        .flatMap(t -> catalogue.series(t.id()).stream())
        .toList();
  }

  @GET
  @Path("/tables/{id}")
  @Operation(summary = "A table with its series: each measure with the other dimensions fixed")
  public TableDetails table(@PathParam("id") long id) {
    TableEntry table =
        catalogue
            .table(id)
            .orElseThrow(() -> new NotFoundException("There is no statistics table " + id + "."));
    return new TableDetails(table, catalogue.series(id));
  }
}
