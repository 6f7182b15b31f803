package org.barometer.statistics.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.UpstreamFailureException;
import org.barometer.platform.rest.StrictDates;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.FetchSummary;
import org.barometer.statistics.application.KoladaQuery;
import org.barometer.statistics.application.MunicipalityCodes;
import org.barometer.statistics.application.StatisticsFetch;
import org.barometer.statistics.application.TableRequest;
import org.barometer.statistics.application.importer.ImportException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Official statistics fetched straight from the offices: a PxWeb table from SSB or SCB, or KPIs
 * from Kolada. The call returns when everything is stored (minutes for a big table, under the
 * offices' rate limits), so a scheduled yearly refresh can call it and read the summary; see {@code
 * docs/statistics-refresh.md}.
 */
@Path("/statistics/fetch")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Allowed({Role.ANALYST})
public class StatisticsFetchResource {

  /**
   * Which part of a PxWeb table to fetch. Everything is optional: an empty body fetches the whole
   * table in the office's default language.
   *
   * @param language label language: "no", "nb", "en", "sv"
   * @param regions region codes as the table writes them; absent or empty for all
   * @param latestPeriods only the latest this many periods
   * @param fromPeriod only this period and later
   */
  public record TableFetch(
      @Pattern(regexp = "[a-z]{2}", message = "language is a two-letter code such as no, sv, en")
          String language,
      @Size(max = 5000) List<String> regions,
      @Min(value = 1, message = "latestPeriods is at least 1")
          @Max(value = 1000, message = "latestPeriods is at most 1000")
          Integer latestPeriods,
      @Size(max = 20) String fromPeriod) {}

  /**
   * KPIs to fetch from Kolada.
   *
   * @param kpis KPI ids, e.g. ["N00002"]
   * @param municipalities Kolada municipality ids ("0180"; "0000" the country); empty for all
   * @param years years; empty for all (but not both empty)
   */
  public record KoladaFetch(
      @NotEmpty(message = "name at least one KPI") @Size(max = 100) List<String> kpis,
      @Size(max = 400) List<String> municipalities,
      @Size(max = 100)
          List<
                  @Min(value = StrictDates.FIRST_YEAR, message = "years are from 1900")
                  @Max(value = StrictDates.LAST_YEAR, message = "years are to 2200") Integer>
              years) {}

  @Inject StatisticsFetch fetch;

  @Inject MunicipalityCodes codes;

  @POST
  @Path("/{office}/{table}")
  @Operation(
      summary = "Fetch a table from SSB's or SCB's PxWebApi 2 and store it",
      description =
          "office is SSB or SCB; table the office's table id (SSB 12367, SCB TAB6471). The body"
              + " may narrow it: 'language', 'regions' (codes as the table writes them),"
              + " 'latestPeriods' or 'fromPeriod'. The query is split to the office's cell limit"
              + " (SSB 800,000, SCB 100,000) and spaced to its rate limit (SSB 30 a minute, SCB 10"
              + " per 10 s); each part is stored as it arrives. Answers a summary of cells added,"
              + " revised and unchanged. 422 names a region or period the table lacks; 502 names"
              + " the office's own error when it refuses or fails (parts before were stored;"
              + " fetching again completes the table).")
  public FetchSummary fetchTable(
      @PathParam("office") String office,
      @PathParam("table") String table,
      @Valid TableFetch body) {
    TableFetch b = body == null ? new TableFetch(null, null, null, null) : body;
    try {
      TableRequest request =
          new TableRequest(
              b.language(), b.regions(), b.latestPeriods(), blankToNull(b.fromPeriod()));
      return fetch.fetchTable(office, table, request);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, e.getMessage());
    } catch (FetchException e) {
      throw officeFailed(e);
    } catch (ImportException e) {
      throw ImportRefusal.of(e);
    }
  }

  @POST
  @Path("/klass/131")
  @Operation(
      summary = "Fetch the municipal code changes from SSB's KLASS (classification 131)",
      description =
          "No body. Fetches every change to Norway's municipality numbers from 1977 to 1 January"
              + " next year (renumberings, mergers, divisions) and stores them in place of those"
              + " fetched before; series are then followed across them (docs/region-groups.md)."
              + " Answers how many changes were stored and how many were new. 502 names KLASS's"
              + " own error when it refuses or fails; 422 when its list cannot be followed"
              + " (nothing is stored then).")
  public MunicipalityCodes.Refresh fetchMunicipalityCodes() {
    try {
      return codes.refresh();
    } catch (FetchException e) {
      throw officeFailed(e);
    } catch (ImportException e) {
      throw ImportRefusal.of(e);
    }
  }

  @POST
  @Path("/kolada")
  @Operation(
      summary = "Fetch KPIs from Kolada's API v3 and store each as a table",
      description =
          "Body: 'kpis' (ids), 'municipalities' (Kolada ids; empty for all) and 'years' (empty"
              + " for all; not both empty). Each KPI is stored as a table with source Kolada and the"
              + " KPI id as its code, the total (gender T) values only.")
  public FetchSummary fetchKolada(@NotNull @Valid KoladaFetch body) {
    try {
      KoladaQuery query =
          KoladaQuery.of(
              body.kpis(),
              body.municipalities() == null ? List.of() : body.municipalities(),
              body.years() == null ? List.of() : body.years());
      return fetch.fetchKolada(query);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, e.getMessage());
    } catch (NullPointerException e) {
      throw new InvalidInputException(null, "kpis, municipalities and years hold no nulls");
    } catch (FetchException e) {
      throw officeFailed(e);
    } catch (ImportException e) {
      throw ImportRefusal.of(e);
    }
  }

  private static UpstreamFailureException officeFailed(FetchException e) {
    return new UpstreamFailureException(e.getMessage(), e);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
